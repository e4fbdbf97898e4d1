package dev.coms.client.app;

import dev.coms.protocol.InviteLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects invitation links from wherever they arrive (command line, a second launch, the operating system) and hands
 * them to the {@link LinkHandler} once the window exists. Links that arrive earlier wait here.
 *
 * <p>Thread-safe: {@link #receive} may be called from any thread; the handler always runs on the executor given to
 * {@link #attach} (the JavaFX application thread in the app).
 */
public final class InviteInbox {

    private static final Logger log = LoggerFactory.getLogger(InviteInbox.class);
    private static final InviteInbox SHARED = new InviteInbox();

    private final List<InviteLink> waiting = new ArrayList<>();
    private LinkHandler handler;
    private Executor executor;

    /** One per application ({@link #shared()}); tests make their own. */
    InviteInbox() {}

    /** The application's inbox, shared between the launcher and the window. */
    public static InviteInbox shared() {
        return SHARED;
    }

    /**
     * Takes the links out of launch arguments; other arguments (options such as {@code --server}) are ignored.
     *
     * @return the number of invitation links found
     */
    public int receive(List<String> args) {
        int found = 0;
        boolean optionValue = false;
        for (String arg : args) {
            if (optionValue || arg.startsWith("-")) {
                // "--server URL": the option's value is not a link either.
                optionValue = arg.equals("--server");
                continue;
            }
            var link = InviteLink.parse(arg);
            if (link.isPresent()) {
                deliver(link.get());
                found++;
            } else {
                log.warn("Ignoring launch argument that is not a Coms invitation link ({} characters)", arg.length());
            }
        }
        return found;
    }

    /**
     * Handles a later launch's arguments: opens its links, or, when it had none, brings the window to the front.
     * Called on the single-instance thread.
     */
    public void relaunched(List<String> args) {
        if (receive(args) > 0) {
            return;
        }
        LinkHandler target;
        Executor on;
        synchronized (this) {
            target = handler;
            on = executor;
        }
        if (target != null) {
            on.execute(target::bringToFront);
        }
    }

    /** Starts handing links to {@code handler} on {@code executor}, first the ones that were waiting. */
    public void attach(LinkHandler handler, Executor executor) {
        List<InviteLink> pending;
        synchronized (this) {
            this.handler = Objects.requireNonNull(handler);
            this.executor = Objects.requireNonNull(executor);
            pending = List.copyOf(waiting);
            waiting.clear();
        }
        pending.forEach(link -> executor.execute(() -> open(handler, link)));
    }

    private void deliver(InviteLink link) {
        LinkHandler target;
        Executor on;
        synchronized (this) {
            if (handler == null) {
                waiting.add(link);
                log.info("Invite link received before the window opened; it will open then: {}", link.https(false));
                return;
            }
            target = handler;
            on = executor;
        }
        on.execute(() -> open(target, link));
    }

    private static void open(LinkHandler handler, InviteLink link) {
        // The passcode never goes to the log.
        log.info("Opening invite link {}", link.app(false));
        handler.openInvite(link);
    }
}
