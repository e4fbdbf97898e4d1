package dev.coms.client.app;

import javafx.application.Application;

/**
 * Entry point. A plain class (not an {@link Application}) so that JavaFX can run from the class path.
 * Usage: {@code coms [--server URL] [coms://... invite link]}.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        Application.launch(ComsApp.class, args);
    }
}
