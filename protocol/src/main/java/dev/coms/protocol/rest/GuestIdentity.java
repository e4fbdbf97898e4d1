package dev.coms.protocol.rest;

/**
 * Who a guest (no account) is: the name others see and a random device id the client generates once and keeps.
 */
public record GuestIdentity(String displayName, String deviceId) {}
