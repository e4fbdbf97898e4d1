package dev.coms.protocol.rest;

/**
 * {@code POST /api/meetings/{id}/invitations}: have the server send an invitation the host may have edited.
 *
 * @param channel EMAIL or SMS
 * @param to an email address or an E.164 phone number
 * @param subject email subject (ignored for SMS)
 * @param text the message body as the host edited it
 */
public record Invitation(Channel channel, String to, String subject, String text) {

    /** How an invitation travels. */
    public enum Channel {
        EMAIL,
        SMS
    }
}
