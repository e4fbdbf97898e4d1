package dev.coms.protocol.peer;

/**
 * What a media track carries. A participant sends at most one track of each kind, each in the media stream whose id
 * is {@link #streamId()}.
 */
public enum TrackKind {
    AUDIO("audio"),
    CAMERA("camera"),
    SCREEN("screen");

    private final String streamId;

    TrackKind(String streamId) {
        this.streamId = streamId;
    }

    /** The media stream id a sender puts its track in. */
    public String streamId() {
        return streamId;
    }

    /** The kind named by a remote stream id or track id ({@code screen} or {@code screen-…}), or null when unknown. */
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
