package dev.coms.client.ui.testing;

/**
 * Chooses how JavaFX tests show windows: the real X display when there is one (xvfb-run in {@code ./coms test}),
 * otherwise Monocle's headless platform. Call before the toolkit starts.
 */
public final class Headless {

    private Headless() {}

    public static void configure() {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            System.setProperty("testfx.robot", "glass");
            System.setProperty("testfx.headless", "true");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
    }
}
