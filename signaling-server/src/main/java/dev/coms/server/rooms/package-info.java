/**
 * Live rooms: WebSocket signaling, relays, host rules, resume and drop detection, all in memory.
 *
 * <p>The rooms own the ports they share with the REST side: {@link dev.coms.server.rooms.MeetingRules} (what the
 * rooms ask of the stored meetings) and {@link dev.coms.server.rooms.RoomPresence} (what the meetings may ask of the
 * rooms). Nothing here depends on {@code meetings}, {@code accounts} or {@code invites}; an architecture test keeps
 * it so.
 */
package dev.coms.server.rooms;
