package dev.coms.benchmarks.client;

import atlantafx.base.theme.PrimerLight;
import dev.coms.client.call.RtcRuntime;
import dev.coms.client.call.media.FrameConverter;
import dev.coms.client.ui.UiExecutor;
import dev.coms.client.ui.port.CallPort;
import dev.coms.client.ui.port.FrameSink;
import dev.coms.client.ui.port.Navigator.RoomEntry;
import dev.coms.client.ui.port.RoomListener;
import dev.coms.client.ui.room.RoomView;
import dev.coms.client.ui.room.RoomViewModel;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.protocol.signal.Participant;
import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * UI responsiveness with 8 video tiles at 30 fps: the real meeting room (RoomView, its tiles' VideoSurfaces) in a
 * window, with 8 participants' frames (640x360 I420, 30 fps each) converted by the real render path
 * ({@link FrameConverter}: libyuv into the tile's reused buffer, latest frame wins) on 8 feeder threads — the work a
 * decoder thread does per frame, without decoding (an 8-way mesh of real encoders does not fit 2 cores next to the
 * window). Measures, first idle and then while the tiles play: how late a task posted to the FX thread runs
 * ({@code Platform.runLater}, every 20 ms), the gaps between FX pulses, and frames taken per tile per second.
 *
 * <p>Arguments: {@code [seconds=30]}. Needs a display (Xvfb).
 */
public final class TileResponsiveness {

    private static final int TILES = 8;
    private static final int FPS = 30;

    private TileResponsiveness() {}

    /** The benchmark opens no links and copies nothing. */
    private static final class NoDesktop implements dev.coms.client.ui.port.DesktopPort {
        @Override
        public void copy(String text) {}

        @Override
        public void open(URI uri) {}
    }

    /** Records sinks; the engine side is played by the feeders. */
    private static final class FeederCall implements CallPort {
        final Map<String, FrameSink> sinks = new ConcurrentHashMap<>();
        volatile RoomListener listener;

        @Override
        public void join(URI server, JoinTicket ticket, String name, RoomListener events) {
            listener = events;
        }

        @Override
        public void attachVideo(String participantId, FrameSink sink) {
            sinks.put(participantId == null ? "me" : participantId, sink);
        }

        @Override
        public void detachVideo(String participantId) {
            sinks.remove(participantId == null ? "me" : participantId);
        }

        @Override
        public void setMicrophone(boolean on) {}

        @Override
        public void setCamera(boolean on) {}

        @Override
        public void setScreenSharing(boolean on) {}

        @Override
        public void sendChat(String to, String text) {}

        @Override
        public void setHand(boolean raised) {}

        @Override
        public void lowerHand(String participantId) {}

        @Override
        public void answerKnock(String participantId, boolean admit) {}

        @Override
        public void setRoomState(Boolean locked, Boolean waitingRoom) {}

        @Override
        public void expel(String participantId) {}

        @Override
        public void leave() {}
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        RtcRuntime rtc = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC); // loads libwebrtc (libyuv)
        FeederCall call = new FeederCall();
        AtomicLong uiTasks = new AtomicLong();
        UiExecutor counted = countingFx(uiTasks);
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Instant now = Instant.now();
            MeetingView meeting = new MeetingView(
                    "bench0000001",
                    MeetingMode.OPEN,
                    "Eight tiles",
                    "Load",
                    "Host",
                    now,
                    "UTC",
                    MeetingState.LIVE,
                    TILES,
                    "http://localhost/m/bench0000001",
                    "coms://meeting/b");
            RoomViewModel vm = new RoomViewModel(
                    new RoomEntry(
                            URI.create("http://localhost"),
                            meeting,
                            new JoinTicket(meeting.id(), "t", now.plusSeconds(60), "/ws"),
                            true,
                            "Me"),
                    call,
                    counted,
                    chime -> {},
                    java.time.Clock.systemDefaultZone(),
                    new NoDesktop());
            Stage stage = new Stage();
            Scene scene = new Scene(new RoomView(vm, counted, new Label("menu"), new Label("open")), 1200, 780);
            scene.getStylesheets()
                    .add(RoomView.class
                            .getResource("/dev/coms/client/ui/coms.css")
                            .toExternalForm());
            stage.setScene(scene);
            stage.show();
            vm.start();
            call.listener.joined("me", true);
            for (int i = 1; i < TILES; i++) {
                call.listener.participantJoined(new Participant("p" + i, "Person " + i, false, true, true, false));
            }
            shown.countDown();
        });
        shown.await();
        Poll.until("8 tiles attached", () -> call.sinks.size() == TILES);
        Probe probe = new Probe();
        probe.start();
        System.out.printf(
                Locale.ROOT, "8 tiles, %d fps each, 640x360 frames; load average %s%n", FPS, Machine.loadAverage());
        TimeUnit.SECONDS.sleep(3);
        probe.report("idle (no video)", 10);
        List<Feeder> feeders = new ArrayList<>();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(TILES);
        for (Map.Entry<String, FrameSink> e : call.sinks.entrySet()) {
            Feeder feeder = new Feeder(e.getValue());
            feeders.add(feeder);
            clock.scheduleAtFixedRate(feeder::tick, 0, 1_000_000 / FPS, TimeUnit.MICROSECONDS);
        }
        TimeUnit.SECONDS.sleep(5); // warm-up
        long cpu0 = Machine.cpuNanos();
        long wall0 = System.nanoTime();
        long[] taken0 = feeders.stream().mapToLong(f -> f.taken.get()).toArray();
        long[] offered0 = feeders.stream().mapToLong(f -> f.offered.get()).toArray();
        long ui0 = uiTasks.get();
        probe.report("8 tiles playing", seconds);
        double wall = (System.nanoTime() - wall0) / 1e9;
        List<Double> takenFps = new ArrayList<>();
        long offered = 0;
        long taken = 0;
        for (int i = 0; i < feeders.size(); i++) {
            long t = feeders.get(i).taken.get() - taken0[i];
            takenFps.add(t / wall);
            taken += t;
            offered += feeders.get(i).offered.get() - offered0[i];
        }
        System.out.printf(
                Locale.ROOT,
                "  frames converted per tile: min %.1f / median %.1f fps (%.1f%% of %d offered "
                        + "found no free buffer); frames shown (FX updates) %.1f per tile per second; process CPU %.2f "
                        + "cores; load average %s%n",
                Stats.percentile(takenFps, 0),
                Stats.percentile(takenFps, 50),
                100.0 * (offered - taken) / Math.max(1, offered),
                offered,
                (uiTasks.get() - ui0) / wall / TILES,
                (Machine.cpuNanos() - cpu0) / 1e9 / wall,
                Machine.loadAverage());
        clock.shutdownNow();
        probe.stop();
        Platform.exit();
        feeders.forEach(Feeder::close);
        rtc.close();
        System.exit(0);
    }

    /**
     * The FX gateway the app uses, counting the tasks it posts: with the tiles playing nearly all of them are video
     * updates (a tile posts at most one at a time; newer frames replace the pending one).
     */
    private static UiExecutor countingFx(AtomicLong tasks) {
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-ui-timer");
            t.setDaemon(true);
            return t;
        });
        UiExecutor.Ticker ticker = new UiExecutor.Ticker() {
            @Override
            public AutoCloseable every(java.time.Duration period, Runnable task) {
                var f = timers.scheduleAtFixedRate(
                        () -> Platform.runLater(task), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
                return () -> f.cancel(false);
            }

            @Override
            public AutoCloseable after(java.time.Duration delay, Runnable task) {
                var f = timers.schedule(() -> Platform.runLater(task), delay.toMillis(), TimeUnit.MILLISECONDS);
                return () -> f.cancel(false);
            }
        };
        return new UiExecutor(
                task -> {
                    tasks.incrementAndGet();
                    Platform.runLater(task);
                },
                task -> Thread.ofVirtual().start(task),
                ticker);
    }

    /** One participant's stream: a frame every 1/30 s through the render path into the tile's sink. */
    private static final class Feeder {
        final AtomicLong offered = new AtomicLong();
        final AtomicLong taken = new AtomicLong();
        private final FrameSink sink;
        private final VideoFrame frame;
        private final NativeI420Buffer buffer;
        private int shade;

        Feeder(FrameSink sink) {
            this.sink = sink;
            this.buffer = NativeI420Buffer.allocate(640, 360);
            this.frame = new VideoFrame(buffer, 0);
        }

        void tick() {
            ByteBuffer y = buffer.getDataY();
            y.put(0, (byte) shade++); // a changing pixel: every frame differs
            offered.incrementAndGet();
            ByteBuffer target = sink.acquire(640, 360);
            if (target == null) {
                return;
            }
            FrameConverter.toBgra(frame, target);
            sink.publish();
            taken.incrementAndGet();
        }

        void close() {
            frame.release();
        }
    }

    /** FX thread latency: runLater every 20 ms, and the gaps between pulses. */
    private static final class Probe {
        private final List<Double> latency = java.util.Collections.synchronizedList(new ArrayList<>());
        private final List<Double> pulses = java.util.Collections.synchronizedList(new ArrayList<>());
        private final ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor();
        private AnimationTimer timer;

        void start() {
            poster.scheduleAtFixedRate(
                    () -> {
                        long posted = System.nanoTime();
                        Platform.runLater(() -> latency.add((System.nanoTime() - posted) / 1e6));
                    },
                    0,
                    20,
                    TimeUnit.MILLISECONDS);
            Platform.runLater(() -> {
                timer = new AnimationTimer() {
                    private long last;

                    @Override
                    public void handle(long now) {
                        if (last != 0) {
                            pulses.add((now - last) / 1e6);
                        }
                        last = now;
                    }
                };
                timer.start();
            });
        }

        void report(String phase, int seconds) throws InterruptedException {
            latency.clear();
            pulses.clear();
            TimeUnit.SECONDS.sleep(seconds); // the measuring window
            List<Double> l;
            List<Double> p;
            synchronized (latency) {
                l = new ArrayList<>(latency);
            }
            synchronized (pulses) {
                p = new ArrayList<>(pulses);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s, %d s: runLater latency p50 %.2f / p99 %.2f / max %.1f ms (%d); "
                            + "pulse interval p50 %.1f / p99 %.1f / max %.1f ms (%d pulses, %.1f/s)%n",
                    phase,
                    seconds,
                    Stats.percentile(l, 50),
                    Stats.percentile(l, 99),
                    Stats.percentile(l, 100),
                    l.size(),
                    Stats.percentile(p, 50),
                    Stats.percentile(p, 99),
                    Stats.percentile(p, 100),
                    p.size(),
                    p.size() / (double) seconds);
        }

        void stop() {
            poster.shutdownNow();
            Platform.runLater(() -> timer.stop());
        }
    }
}
