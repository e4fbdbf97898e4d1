package dev.coms.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coms.protocol.ProtocolJson;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import dev.coms.protocol.rest.SessionView;
import dev.coms.server.store.DbSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A meeting whose creation was acknowledged survives the server process being killed ({@code kill -9}). */
class CrashSurvivalTest {

    private static final Pattern LISTENING = Pattern.compile("listening on port ([0-9,.\\u00a0\\u202f]+)");

    @TempDir
    Path dir;

    private final ObjectMapper json = ProtocolJson.newMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killAll() {
        started.forEach(Process::destroyForcibly);
        http.close();
    }

    @Test
    void anAcknowledgedMeetingAndItsPasscodeSurviveKillMinus9() throws Exception {
        Server first = startServer();
        SessionView host = json.readValue(
                first.post(
                                "/api/accounts",
                                new RegisterRequest("crash@example.org", "Crash Host", "correct horse battery"),
                                null)
                        .body(),
                SessionView.class);
        String tomorrow = LocalDate.now().plusDays(1).toString();
        HttpResponse<String> created = first.post(
                "/api/meetings",
                new ScheduleMeetingRequest(
                        MeetingMode.PRIVATE,
                        "Survivor",
                        "Still here after a crash",
                        tomorrow,
                        "10:00",
                        "Europe/Berlin"),
                host.token());
        assertThat(created.statusCode()).isEqualTo(201);
        HostMeetingView meeting = json.readValue(created.body(), HostMeetingView.class);

        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

        Server second = startServer();
        HttpResponse<String> view =
                second.get("/api/meetings/" + meeting.meeting().id(), null);
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(json.readValue(view.body(), MeetingView.class)).isEqualTo(meeting.meeting());
        HttpResponse<String> mine = second.get("/api/meetings/mine", host.token());
        assertThat(mine.statusCode()).as("the session survived too").isEqualTo(200);
        HostMeetingView[] list = json.readValue(mine.body(), HostMeetingView[].class);
        assertThat(list).extracting(HostMeetingView::passcode).containsExactly(meeting.passcode());

        HttpResponse<String> huge = second.post("/api/sessions", java.util.Map.of("email", "a".repeat(70_000)), null);
        assertThat(huge.statusCode())
                .as("the shipped configuration answers oversized bodies in JSON")
                .isEqualTo(413);
        assertThat(huge.body()).contains("\"code\":\"too_large\"");
    }

    private Server startServer() throws Exception {
        String java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(
                        java,
                        "-cp",
                        classpath,
                        "-Dserver.port=0",
                        "-Dserver.host=127.0.0.1",
                        "-Dcoms.db.url=" + DbSettings.h2FileUrl(dir.resolve("coms")),
                        "-Dcoms.meetings.secret-key-file=" + dir.resolve("server.key"),
                        "-Dcoms.accounts.password-iterations=10000",
                        "-Dcoms.public-url=https://coms.example.org",
                        Main.class.getName())
                .redirectErrorStream(true);
        Process process = pb.start();
        started.add(process);
        CompletableFuture<Integer> port = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1).replaceAll("\\D", "")));
                    }
                }
            } catch (Exception e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("Server exited:\n" + output));
        });
        return new Server(process, URI.create("http://127.0.0.1:" + port.get(60, TimeUnit.SECONDS)));
    }

    private final class Server {
        private final Process process;
        private final URI base;

        Server(Process process, URI base) {
            this.process = process;
            this.base = base;
        }

        Process process() {
            return process;
        }

        HttpResponse<String> post(String path, Object body, String token) throws Exception {
            return send(
                    HttpRequest.newBuilder(base.resolve(path))
                            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))),
                    token);
        }

        HttpResponse<String> get(String path, String token) throws Exception {
            return send(HttpRequest.newBuilder(base.resolve(path)).GET(), token);
        }

        private HttpResponse<String> send(HttpRequest.Builder b, String token) throws Exception {
            b.header("Content-Type", "application/json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
