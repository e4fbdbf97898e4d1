package dev.coms.client.call;

/** A chat message the session would not send; {@link #reason()} says why, the message is for the log. */
public final class ChatRejectedException extends IllegalArgumentException {

    /** Why a message was not sent. */
    public enum Reason {
        /** Empty, or longer than {@code ChatMessage.MAX_TEXT} characters. */
        LENGTH,
        /** The private message's recipient is no longer in the meeting. */
        RECIPIENT_GONE
    }

    private final Reason reason;

    public ChatRejectedException(Reason reason, String logMessage) {
        super(logMessage);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
