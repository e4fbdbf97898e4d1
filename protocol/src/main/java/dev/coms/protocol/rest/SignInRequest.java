package dev.coms.protocol.rest;

/** {@code POST /api/sessions}: sign in with email and password. */
public record SignInRequest(String email, String password) {}
