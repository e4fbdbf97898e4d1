package dev.coms.client.call;

/** What a media track carries. A participant sends at most one track of each kind. */
public enum TrackKind {
    AUDIO("audio"),
    CAMERA("camera"),
    SCREEN("screen");

    private final String streamId;

    TrackKind(String streamId) {
        this.streamId = streamId;
    }

    /** The media stream id a sender puts its track in; receivers tell camera from screen by it. */
    public String streamId() {
        return streamId;
    }

    /** The kind announced by a remote stream id or track id, or null when unknown. */
    public static TrackKind fromLabel(String label) {
        if (label == null) {
            return null;
        }
        for (TrackKind kind : values()) {
            if (label.equals(kind.streamId) || label.startsWith(kind.streamId + "-")) {
                return kind;
            }
        }
        return null;
    }
}
