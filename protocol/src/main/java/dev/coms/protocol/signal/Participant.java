package dev.coms.protocol.signal;

/** One person in a live room, as everyone's roster shows them. */
public record Participant(
        String id, String displayName, boolean host, boolean micOn, boolean cameraOn, boolean screenSharing) {

    public Participant withMedia(boolean mic, boolean camera, boolean screen) {
        return new Participant(id, displayName, host, mic, camera, screen);
    }
}
