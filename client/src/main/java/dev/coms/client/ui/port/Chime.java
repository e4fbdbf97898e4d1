package dev.coms.client.ui.port;

/** The room's sounds; each can be turned off in Settings. */
public enum Chime {
    JOIN,
    LEAVE,
    CHAT
}
