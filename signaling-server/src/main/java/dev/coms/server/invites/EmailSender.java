package dev.coms.server.invites;

import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Sends invitation emails over SMTP (optionally STARTTLS and authentication), with a calendar file attached. */
public final class EmailSender {

    private static final String TIMEOUT_MS = "15000";

    private final InvitesSettings settings;
    private final Session session;

    public EmailSender(InvitesSettings settings) {
        this.settings = settings;
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.smtpHost());
        props.put("mail.smtp.port", Integer.toString(settings.smtpPort()));
        props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        props.put("mail.smtp.timeout", TIMEOUT_MS);
        props.put("mail.smtp.writetimeout", TIMEOUT_MS);
        props.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        props.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        boolean auth = !settings.smtpUser().isBlank();
        props.put("mail.smtp.auth", Boolean.toString(auth));
        Authenticator authenticator = auth
                ? new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.smtpUser(), settings.smtpPassword());
                    }
                }
                : null;
        this.session = Session.getInstance(props, authenticator);
    }

    /** Sends one plain-text email; blocks until the SMTP server accepted it. */
    public void send(String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        Transport.send(message);
    }

    /** Sends one email with a calendar file; blocks until the SMTP server accepted it. */
    public void send(String to, String subject, String text, String ics) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());

        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, StandardCharsets.UTF_8.name());
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                ics.getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8; method=PUBLISH")));
        calendar.setFileName("meeting.ics");

        MimeMultipart parts = new MimeMultipart("mixed");
        parts.addBodyPart(body);
        parts.addBodyPart(calendar);
        message.setContent(parts);
        Transport.send(message);
    }
}
