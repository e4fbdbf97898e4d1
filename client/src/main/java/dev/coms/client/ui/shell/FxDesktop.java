package dev.coms.client.ui.shell;

import dev.coms.client.ui.port.DesktopPort;
import java.net.URI;
import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The real desktop: the system clipboard and the user's default programs. FX thread. */
public final class FxDesktop implements DesktopPort {

    private final HostServices host;

    public FxDesktop(HostServices host) {
        this.host = host;
    }

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void open(URI uri) {
        host.showDocument(uri.toString());
    }
}
