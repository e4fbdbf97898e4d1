package dev.coms.client.ui.room;

/** One chat message as shown in the messenger. */
public record ChatLine(String from, String text, boolean privately, boolean mine) {}
