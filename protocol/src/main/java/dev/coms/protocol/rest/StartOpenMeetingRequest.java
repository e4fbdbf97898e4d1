package dev.coms.protocol.rest;

/** {@code POST /api/meetings/open-now}: start an open meeting that is live at once. Title is optional. */
public record StartOpenMeetingRequest(String topic, String title, String zone) {}
