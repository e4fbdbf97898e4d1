package dev.coms.client.ui.testing;

import dev.coms.client.ui.port.Navigator;
import dev.coms.protocol.InviteLink;

/** Remembers where a ViewModel sent the user. */
public final class RecordingNavigator implements Navigator {

    public String page = "";
    public RoomEntry room;

    @Override
    public void firstRun() {
        page = "firstRun";
    }

    @Override
    public void home() {
        page = "home";
    }

    @Override
    public void invite(InviteLink link) {
        page = "invite " + link.meetingId();
    }

    @Override
    public void scheduler() {
        page = "scheduler";
    }

    @Override
    public void startOpenMeeting() {
        page = "start";
    }

    @Override
    public void openMeetings() {
        page = "open";
    }

    @Override
    public void settings() {
        page = "settings";
    }

    @Override
    public void room(RoomEntry entry) {
        page = "room";
        room = entry;
    }
}
