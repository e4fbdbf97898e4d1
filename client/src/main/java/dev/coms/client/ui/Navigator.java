package dev.coms.client.ui;

import dev.coms.protocol.InviteLink;
import dev.coms.protocol.rest.JoinTicket;
import dev.coms.protocol.rest.MeetingView;

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

    /** What the meeting room needs to start. */
    record RoomEntry(MeetingView meeting, JoinTicket ticket, boolean host, String displayName) {}
}
