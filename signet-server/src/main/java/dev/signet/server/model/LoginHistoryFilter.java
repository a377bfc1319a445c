package dev.signet.server.model;

import java.time.Instant;

/**
 * Which login history entries to list; null fields do not filter.
 *
 * @param username part of the username, case-insensitive
 * @param app part of the app name, case-insensitive
 * @param status {@code success}, {@code failure}, or an exact status such as {@code Restricted IP}
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 * @param limit at most this many entries, newest first
 */
public record LoginHistoryFilter(String username, String app, String status, Instant from, Instant to, int limit) {
    public static final int MAX_LIMIT = 10_000;

    public LoginHistoryFilter {
        username = blankToNull(username);
        app = blankToNull(app);
        status = blankToNull(status);
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
