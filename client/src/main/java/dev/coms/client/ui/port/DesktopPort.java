package dev.coms.client.ui.port;

import java.net.URI;

/** The desktop around the app: clipboard and the user's own programs (mail, SMS). Called on the FX thread. */
public interface DesktopPort {

    /** Puts {@code text} on the system clipboard. */
    void copy(String text);

    /** Opens {@code uri} (mailto:, sms:, https:) with the program the user chose for it. */
    void open(URI uri);
}
