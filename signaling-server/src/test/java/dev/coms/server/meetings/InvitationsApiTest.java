package dev.coms.server.meetings;

import static dev.coms.server.testing.TestServer.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.Invitation;
import dev.coms.protocol.rest.Invitation.Channel;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import dev.coms.protocol.rest.SessionView;
import dev.coms.server.invites.InvitesSettings;
import dev.coms.server.testing.TestServer;
import dev.coms.server.testing.TestServer.Reply;
import dev.coms.server.testing.TinySmtpServer;
import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Invitations delivered to a real SMTP conversation and a real HTTP webhook, both running in the test. */
class InvitationsApiTest {

    TinySmtpServer smtp;
    HttpServer webhook;
    final BlockingQueue<String> webhookBodies = new LinkedBlockingQueue<>();
    final AtomicInteger webhookStatus = new AtomicInteger(200);
    TestServer server;
    SessionView host;
    HostMeetingView meeting;

    @BeforeEach
    void start() throws Exception {
        smtp = new TinySmtpServer();
        webhook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        webhook.createContext("/sms", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                webhookBodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8) + "|auth="
                        + exchange.getRequestHeaders().getFirst("Authorization"));
            }
            exchange.sendResponseHeaders(webhookStatus.get(), -1);
            exchange.close();
        });
        webhook.start();
        server = new TestServer(new InvitesSettings(
                "127.0.0.1",
                smtp.port(),
                "",
                "",
                "coms@example.org",
                false,
                "http://127.0.0.1:" + webhook.getAddress().getPort() + "/sms",
                "hook-secret",
                50));
        host = server.newHost("Inviting Host");
        meeting = server.read(
                server.post(
                        "/api/meetings",
                        new ScheduleMeetingRequest(
                                MeetingMode.PRIVATE,
                                "Planning, Q3",
                                "Budget; roadmap",
                                "2030-01-02",
                                "09:30",
                                "Europe/Berlin"),
                        host.token()),
                HostMeetingView.class);
    }

    @AfterEach
    void stop() {
        server.close();
        webhook.stop(0);
        smtp.close();
    }

    @Test
    void anEmailInvitationArrivesWithTheHostsTextAndACalendarEvent() throws Exception {
        String text = "Join us: " + meeting.inviteLink() + "\nPasscode: " + meeting.passcode();
        Reply reply = server.post(
                "/api/meetings/" + meeting.meeting().id() + "/invitations",
                new Invitation(Channel.EMAIL, "guest@example.org", null, text),
                host.token());
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);

        TinySmtpServer.Received mail = smtp.received().poll(10, TimeUnit.SECONDS);
        assertThat(mail).isNotNull();
        assertThat(mail.recipients()).containsExactly("guest@example.org");
        MimeMessage message = new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(mail.data().getBytes(StandardCharsets.UTF_8)));
        assertThat(message.getSubject()).isEqualTo("Invitation: Planning, Q3");
        assertThat(message.getFrom()[0].toString()).isEqualTo("coms@example.org");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"))
                .isEqualTo(text);
        BodyPart ics = parts.getBodyPart(1);
        assertThat(ics.getContentType()).startsWith("text/calendar");
        assertThat(ics.getFileName()).isEqualTo("meeting.ics");
        String calendar = new String(ics.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(calendar)
                .contains(
                        "BEGIN:VEVENT",
                        "DTSTART:20300102T083000Z",
                        "SUMMARY:Planning\\, Q3",
                        "UID:" + meeting.meeting().id() + "@coms");
    }

    @Test
    void anSmsInvitationIsPostedToTheWebhook() throws Exception {
        Reply reply = server.post(
                "/api/meetings/" + meeting.meeting().id() + "/invitations",
                new Invitation(Channel.SMS, "+4915123456789", null, "Join: " + meeting.inviteLink()),
                host.token());
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
        String[] received = webhookBodies.poll(10, TimeUnit.SECONDS).split("\\|auth=");
        JsonNode body = server.json.readTree(received[0]);
        assertThat(body.get("to").asText()).isEqualTo("+4915123456789");
        assertThat(body.get("text").asText()).isEqualTo("Join: " + meeting.inviteLink());
        assertThat(received[1]).isEqualTo("Bearer hook-secret");
    }

    @Test
    void aFailingWebhookIsReportedAsNotDelivered() {
        webhookStatus.set(500);
        Reply reply = server.post(
                "/api/meetings/" + meeting.meeting().id() + "/invitations",
                new Invitation(Channel.SMS, "+4915123456789", null, "Join us"),
                host.token());
        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.body()).contains("delivery_failed").doesNotContain("500");
    }

    @Test
    void onlyTheHostMayInviteAndFieldsAreChecked() {
        String path = "/api/meetings/" + meeting.meeting().id() + "/invitations";
        Invitation ok = new Invitation(Channel.EMAIL, "guest@example.org", null, "Hi");
        assertThat(server.post(path, ok, null).status()).isEqualTo(401);
        assertThat(server.post(path, ok, server.newHost("Stranger").token()).status())
                .isEqualTo(403);

        Reply bad = server.post(path, new Invitation(Channel.SMS, "0151 not a number", "x", ""), host.token());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.tree(server.json).get("fields").findValuesAsText("field"))
                .containsExactlyInAnyOrder("to", "text");
        Reply injected = server.post(
                path,
                new Invitation(Channel.EMAIL, "guest@example.org", "Hi\r\nBcc: victim@example.org", "Hi"),
                host.token());
        assertThat(injected.tree(server.json).get("fields").findValuesAsText("field"))
                .containsExactly("subject");
        assertThat(smtp.received()).isEmpty();
    }

    @Test
    void aChannelThatIsNotConfiguredSaysSo() {
        try (TestServer plain = new TestServer()) {
            SessionView h = plain.newHost("Plain Host");
            String id = plain.read(
                            plain.post(
                                    "/api/meetings",
                                    TestServer.scheduleAt(MeetingMode.OPEN, "x", START.plusSeconds(600)),
                                    h.token()),
                            HostMeetingView.class)
                    .meeting()
                    .id();
            Reply reply = plain.post(
                    "/api/meetings/" + id + "/invitations",
                    new Invitation(Channel.EMAIL, "guest@example.org", null, "Hi"),
                    h.token());
            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.body()).contains("not_configured");
        }
    }
}
