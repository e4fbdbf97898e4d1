package dev.coms.protocol.rest;

/**
 * A meeting as its host sees it: the public view plus the passcode (private meetings only) and the invitation
 * links that carry it.
 */
public record HostMeetingView(MeetingView meeting, String passcode, String inviteLink, String inviteAppLink) {}
