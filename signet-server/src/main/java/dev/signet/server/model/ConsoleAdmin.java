package dev.signet.server.model;

import java.time.Instant;

/** An administrator of the console (the password hash never leaves storage). */
public record ConsoleAdmin(String id, String username, Instant createdAt, Instant lastLoginAt) {}
