package dev.coms.client.browser;

import dev.coms.client.call.RtcRuntime;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Not part of the normal build (the name does not end in Test). Run with
 * {@code xvfb-run -a mvn -B -q -pl protocol,signaling-server,client verify -Dcoms.skipWebCheck=true
 * -Dtest=WebJoinBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>Measures, in one headless Chromium against a desktop host (synthetic 320x240 camera): the time from pressing
 * Join to the first decoded remote video frame ({@code getStats} framesDecoded &gt; 0, polled every 10 ms in the
 * page), 20 joins; and the bytes the join page loads on a first visit, raw and gzip-compressed.
 */
class WebJoinBenchmark {

    private static final int RUNS = 20;

    @Test
    void joinToFirstRemoteFrameAndFirstLoadSize() throws Exception {
        Chromium.requireInstalled();
        try (ComsRig rig = new ComsRig();
                RtcRuntime rtc = RtcRuntime.start(RtcRuntime.AudioMode.SYNTHETIC)) {
            OkHttpClient okhttp = new OkHttpClient();
            String token = rig.newHost("Bench Host");
            String meetingId = rig.openNow(token, "Benchmark").meeting().id();
            try (DesktopPeer _ = new DesktopPeer(rtc, rig, okhttp, meetingId, token);
                    WebGuest guest = new WebGuest()) {
                guest.open(rig.joinPage(meetingId));
                guest.await(d -> guest.visible("join"));
                firstLoad(guest, rig);
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    guest.open(rig.joinPage(meetingId));
                    guest.await(d -> guest.visible("join"));
                    times.add(((Number) guest.driver.executeAsyncScript(JOIN_AND_WAIT, "Guest " + i)).doubleValue());
                }
                report(times);
            }
            okhttp.dispatcher().executorService().shutdown();
        }
    }

    private static final String JOIN_AND_WAIT = """
            const done = arguments[arguments.length - 1];
            document.getElementById('name').value = arguments[0];
            const start = performance.now();
            document.getElementById('join').click();
            const poll = async () => {
              const stats = await window.comsDebug.stats();
              if (Object.values(stats).some((s) => s.video > 0)) {
                done(performance.now() - start);
              } else {
                setTimeout(poll, 10);
              }
            };
            poll();
            """;

    @SuppressWarnings("unchecked")
    private static void firstLoad(WebGuest guest, ComsRig rig) throws Exception {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) guest.js(
                "return performance.getEntries().filter(e => e.entryType === 'navigation' || e.entryType === 'resource')"
                        + ".map(e => ({name: e.name, transfer: e.transferSize, body: e.encodedBodySize}));");
        long transfer = 0;
        long raw = 0;
        long gzip = 0;
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (Map<String, Object> e : entries) {
                transfer += ((Number) e.get("transfer")).longValue();
                String name = (String) e.get("name");
                if (name.startsWith(rig.base.toString()) && !name.contains("/api/")) {
                    byte[] body = http.send(
                                    HttpRequest.newBuilder(URI.create(name.replaceAll("#.*", "")))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofByteArray())
                            .body();
                    raw += body.length;
                    gzip += gzipped(body);
                }
            }
        }
        System.out.printf(
                "BENCH first load: %d requests, %d bytes transferred (incl. headers); "
                        + "page+modules+css %d bytes raw, %d bytes gzip%n",
                entries.size(), transfer, raw, gzip);
    }

    private static int gzipped(byte[] body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        }
        return out.size();
    }

    private static void report(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double p50 = sorted.get((int) Math.ceil(0.50 * sorted.size()) - 1);
        double p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        System.out.printf(
                "BENCH join -> first remote frame over %d runs: p50 %.0f ms, p95 %.0f ms, min %.0f, max %.0f%n",
                sorted.size(), p50, p95, sorted.getFirst(), sorted.getLast());
        System.out.println("BENCH all: "
                + times.stream().map(t -> String.format("%.0f", t)).toList());
    }
}
