package dev.coms.client.app;

import dev.coms.protocol.InviteLink;

/**
 * Opens a meeting from an invitation link: the application's navigation implements it. Called on the JavaFX
 * application thread, for links given on the command line, by a later launch (see {@link SingleInstance}) or by the
 * operating system (macOS open-URI events).
 */
@FunctionalInterface
public interface LinkHandler {

    /** Shows the meeting the link points to and brings the window to the front. */
    void openInvite(InviteLink link);

    /** Brings the window to the front: Coms was started again without a link (e.g. from the menu). */
    default void bringToFront() {}
}
