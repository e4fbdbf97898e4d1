package dev.coms.client.ui.session;

import java.net.URI;

/**
 * Per-user settings kept on this device.
 *
 * @param lastServer the server address last used (the first-run default)
 * @param deviceId random id that identifies this device when joining as a guest
 * @param joinLeaveSound chime when someone joins or leaves
 * @param chatSound chime on a chat message while the messenger is closed
 * @param reminders remind shortly before one of the user's meetings starts
 * @param camera chosen camera name, or null for the default
 * @param microphone chosen microphone name, or null for the default
 * @param speaker chosen speaker name, or null for the default
 * @param lastEmail the email last signed in with (offered again after signing out), or null
 */
public record ClientPreferences(
        URI lastServer,
        String deviceId,
        boolean joinLeaveSound,
        boolean chatSound,
        boolean reminders,
        String camera,
        String microphone,
        String speaker,
        String lastEmail) {

    /** The default server address offered on first run. */
    public static final URI DEFAULT_SERVER = URI.create("http://localhost:8080");

    public static ClientPreferences defaults(String deviceId) {
        return new ClientPreferences(DEFAULT_SERVER, deviceId, true, true, true, null, null, null, null);
    }

    public ClientPreferences withServer(URI server) {
        return new ClientPreferences(
                server, deviceId, joinLeaveSound, chatSound, reminders, camera, microphone, speaker, lastEmail);
    }

    public ClientPreferences withSounds(boolean joinLeave, boolean chat, boolean remind) {
        return new ClientPreferences(
                lastServer, deviceId, joinLeave, chat, remind, camera, microphone, speaker, lastEmail);
    }

    public ClientPreferences withEmail(String email) {
        return new ClientPreferences(
                lastServer, deviceId, joinLeaveSound, chatSound, reminders, camera, microphone, speaker, email);
    }

    public ClientPreferences withDevices(String cam, String mic, String out) {
        return new ClientPreferences(
                lastServer, deviceId, joinLeaveSound, chatSound, reminders, cam, mic, out, lastEmail);
    }
}
