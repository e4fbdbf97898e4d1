package dev.coms.client.ui.testing;

import dev.coms.client.ui.port.DesktopPort;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Keeps what would have gone to the clipboard or to another program. */
public final class RecordingDesktop implements DesktopPort {

    public String clipboard;
    public final List<URI> opened = new ArrayList<>();
    /** Where "downloads" go: a fresh temporary folder (created on first use). */
    public final java.nio.file.Path downloads = java.nio.file.Path.of(
            System.getProperty("java.io.tmpdir"), "coms-downloads-" + java.util.UUID.randomUUID());

    @Override
    public java.nio.file.Path downloads() {
        return downloads;
    }

    @Override
    public void copy(String text) {
        clipboard = text;
    }

    @Override
    public void open(URI uri) {
        opened.add(uri);
    }
}
