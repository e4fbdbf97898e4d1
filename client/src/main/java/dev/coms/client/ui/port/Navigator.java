package dev.coms.client.ui.port;

import dev.coms.protocol.InviteLink;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingView;
import java.net.URI;

/** Moves the main window between pages. Called on the FX thread. */
public interface Navigator {

    void firstRun();

    void home();

    /** Home showing one invitation: its meeting, countdown and Join. */
    void invite(InviteLink link);

    void scheduler();

    void startOpenMeeting();

    void openMeetings();

    void settings();

    /** Enters a live meeting with a ticket the server issued. */
    void room(RoomEntry entry);

    /**
     * What the meeting room needs to start.
     *
     * @param server the server that issued the ticket (an invitation may point to another server than the session's)
     */
    record RoomEntry(URI server, MeetingView meeting, JoinTicket ticket, boolean host, String displayName) {}
}
