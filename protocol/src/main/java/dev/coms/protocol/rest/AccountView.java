package dev.coms.protocol.rest;

/** A host account as its owner sees it. */
public record AccountView(String id, String email, String displayName) {}
