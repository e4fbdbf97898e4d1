package dev.coms.server.invites;

import io.helidon.config.Config;
import java.net.URI;

/**
 * How invitations leave the server ({@code coms.invites} in {@code application.yaml}). A channel whose host or URL is
 * empty is switched off; requests for it get {@code 503 not_configured}.
 *
 * @param smtpHost SMTP server, empty to disable email
 * @param smtpPort SMTP port (587 for submission with STARTTLS)
 * @param smtpUser SMTP user, empty for no authentication
 * @param smtpPassword SMTP password
 * @param from the sender address of invitation emails
 * @param startTls require STARTTLS before authenticating and sending
 * @param smsWebhook URL receiving {@code POST {"to": "+49...", "text": "..."}}, empty to disable SMS
 * @param smsWebhookToken sent as {@code Authorization: Bearer} to the webhook when not empty
 * @param maxPerHostPerHour invitations one host may send per hour
 */
public record InvitesSettings(
        String smtpHost,
        int smtpPort,
        String smtpUser,
        String smtpPassword,
        String from,
        boolean startTls,
        String smsWebhook,
        String smsWebhookToken,
        int maxPerHostPerHour) {

    /** Both channels off. */
    public static InvitesSettings defaults() {
        return new InvitesSettings("", 587, "", "", "", true, "", "", 50);
    }

    /** Reads {@code coms.invites}; missing keys keep their defaults. */
    public static InvitesSettings from(Config node) {
        InvitesSettings d = defaults();
        Config smtp = node.get("smtp");
        Config sms = node.get("sms");
        return new InvitesSettings(
                smtp.get("host").asString().orElse(d.smtpHost()),
                smtp.get("port").asInt().orElse(d.smtpPort()),
                smtp.get("user").asString().orElse(d.smtpUser()),
                smtp.get("password").asString().orElse(d.smtpPassword()),
                smtp.get("from").asString().orElse(d.from()),
                smtp.get("starttls").asBoolean().orElse(d.startTls()),
                sms.get("webhook-url").asString().orElse(d.smsWebhook()),
                sms.get("webhook-token").asString().orElse(d.smsWebhookToken()),
                node.get("max-per-host-per-hour").asInt().orElse(d.maxPerHostPerHour()));
    }

    public boolean emailEnabled() {
        return !smtpHost.isBlank() && !from.isBlank();
    }

    public boolean smsEnabled() {
        return !smsWebhook.isBlank();
    }

    public URI smsWebhookUri() {
        return URI.create(smsWebhook);
    }

    /** Passwords and tokens never appear in logs. */
    @Override
    public String toString() {
        return "InvitesSettings[smtp=" + smtpHost + ":" + smtpPort + ", from=" + from + ", startTls=" + startTls
                + ", sms=" + smsWebhook + "]";
    }
}
