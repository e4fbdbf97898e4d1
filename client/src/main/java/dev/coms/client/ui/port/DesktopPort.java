package dev.coms.client.ui.port;

import java.net.URI;

/** The desktop around the app: clipboard and the user's own programs (mail, SMS). Called on the FX thread. */
public interface DesktopPort {

    /** Puts {@code text} on the system clipboard. */
    void copy(String text);

    /** Opens {@code uri} (mailto:, sms:, https:) with the program the user chose for it. */
    void open(URI uri);

    /** The folder where downloaded files go: {@code XDG_DOWNLOAD_DIR} or {@code ~/Downloads}. */
    default java.nio.file.Path downloads() {
        String xdg = System.getenv("XDG_DOWNLOAD_DIR");
        return xdg != null && !xdg.isBlank()
                ? java.nio.file.Path.of(xdg)
                : java.nio.file.Path.of(System.getProperty("user.home"), "Downloads");
    }
}
