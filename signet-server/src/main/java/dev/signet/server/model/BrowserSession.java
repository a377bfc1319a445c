package dev.signet.server.model;

import java.time.Instant;

/**
 * A server-side browser session of the console ({@code adminId}) or of the authorization endpoint
 * ({@code userId}); either is null before login. Stored under the SHA-256 of its cookie value.
 */
public record BrowserSession(
        String idHash, Kind kind, String csrfToken, String adminId, String userId, Instant createdAt,
        Instant lastSeenAt, Instant expiresAt) {
    /** Which cookie the session belongs to. */
    public enum Kind {
        CONSOLE,
        AUTHORIZE
    }

    @Override
    public String toString() {
        return "BrowserSession[kind=" + kind + ", adminId=" + adminId + ", userId=" + userId + ", expiresAt="
                + expiresAt + "]";
    }
}
