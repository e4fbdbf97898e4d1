package dev.coms.benchmarks.client;

import dev.coms.client.call.RtcRuntime;
import dev.coms.protocol.rest.GuestIdentity;
import dev.coms.protocol.rest.JoinRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * Join to first frame: a guest presses Join in a meeting whose host is already in the room, both sending a synthetic
 * 1280x720 camera at 30 fps and a tone. Measured from the start of the guest's REST join request to the host's first
 * frame written into the guest's display buffer (libyuv I420 → BGRA into a reused direct buffer, as the video tile
 * does). Every run is a fresh meeting and fresh sessions; each participant keeps one {@link RtcRuntime} for the
 * whole program, as each desktop process keeps one for its lifetime.
 *
 * <p>Arguments: {@code [runs=50] [warm-up runs=2] [camera size=1280x720]}. Prints every run, with the steps of the
 * join (ticket received, welcomed in the room, peer connection created, media connected), and p50/p95/max of each.
 */
public final class JoinToFirstFrame {

    /** Milliseconds from Join to each step of one run, and the size of the first frame received. */
    private record Run(double[] steps, String firstSize) {}

    private static final String[] STEPS = {
        "ticket received", "welcomed in the room", "peer connection created", "media connected", "first frame written"
    };

    private JoinToFirstFrame() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String[] size = (args.length > 2 ? args[2] : "1280x720").split("x");
        int width = Integer.parseInt(size[0]);
        int height = Integer.parseInt(size[1]);
        OkHttpClient okhttp = new OkHttpClient();
        System.out.println(
                "camera " + width + "x" + height + " at 30 fps; load average at start: " + Machine.loadAverage());
        try (LocalServer server = LocalServer.start();
                RtcRuntime hostRtc = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC);
                RtcRuntime guestRtc = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC)) {
            String hostToken = server.register("Hannah Host");
            List<double[]> steps = new ArrayList<>();
            for (int run = 0; run < warmUp + runs; run++) {
                Run result = once(server, okhttp, hostRtc, guestRtc, hostToken, run, width, height);
                double[] ms = result.steps();
                if (run >= warmUp) {
                    steps.add(ms);
                }
                System.out.printf(
                        Locale.ROOT,
                        "run %d%s: %.1f ms (ticket %.1f, welcomed %.1f, peer connection %.1f, "
                                + "media connected %.1f; first frame %s)%n",
                        run + 1,
                        run < warmUp ? " (warm-up)" : "",
                        ms[4],
                        ms[0],
                        ms[1],
                        ms[2],
                        ms[3],
                        result.firstSize());
            }
            for (int i = 0; i < STEPS.length; i++) {
                int step = i;
                System.out.println("join to " + STEPS[i] + ", " + runs + " runs: "
                        + Stats.summary(steps.stream().map(s -> s[step]).toList()));
            }
        } finally {
            okhttp.dispatcher().executorService().shutdown();
            okhttp.connectionPool().evictAll();
        }
        System.out.println("load average at end: " + Machine.loadAverage());
    }

    /** One run: a new meeting, the host enters, then the guest presses Join. */
    private static Run once(
            LocalServer server,
            OkHttpClient okhttp,
            RtcRuntime hostRtc,
            RtcRuntime guestRtc,
            String hostToken,
            int run,
            int width,
            int height)
            throws Exception {
        String meetingId = server.startMeeting(hostToken, "Run " + run);
        try (Caller host = new Caller(hostRtc, "host-" + run, width, height, 30);
                Caller guest = new Caller(guestRtc, "guest-" + run, width, height, 30)) {
            host.enter(
                    hostRtc,
                    okhttp,
                    server.base(),
                    meetingId,
                    server.joinTicket(meetingId, new JoinRequest(null, null), hostToken));
            Poll.until("the host is in the room", () -> host.id() != null);

            long pressed = System.nanoTime();
            var request = new JoinRequest(null, new GuestIdentity("Gus", "device-run-" + run));
            String ticket = server.joinTicket(meetingId, request, null);
            long ticketed = System.nanoTime();
            guest.enter(guestRtc, okhttp, server.base(), meetingId, ticket);
            Poll.until(
                    "the guest's first frame of the host",
                    () -> host.id() != null
                            && guest.seen.streams.containsKey(host.id())
                            && guest.seen.stream(host.id()).firstWrittenNanos != 0);
            DisplayListener.Stream first = guest.seen.stream(host.id());
            guest.leave();
            host.leave();
            DisplayListener g = guest.seen;
            long[] at = {ticketed, g.joinedNanos, g.linkNanos, g.connectedNanos, first.firstWrittenNanos};
            double[] ms = new double[at.length];
            for (int i = 0; i < at.length; i++) {
                ms[i] = (at[i] - pressed) / 1e6;
            }
            return new Run(ms, first.firstSize);
        }
    }
}
