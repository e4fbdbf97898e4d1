/**
 * Single-use join tickets: issued by the meetings' join rules over REST, redeemed by the rooms at the WebSocket
 * upgrade. The one place both sides meet, so neither depends on the other for it.
 */
package dev.coms.server.tickets;
