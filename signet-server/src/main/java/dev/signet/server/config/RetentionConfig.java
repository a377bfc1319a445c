package dev.signet.server.config;

import java.time.Duration;
import java.util.Objects;

/**
 * What the retention job deletes, and how often it runs.
 *
 * @param tokenGrace how long expired or revoked tokens, spent codes, ended sessions and used {@code jti}
 *     marks past their expiry stay before they are deleted
 * @param loginHistory how long Login History entries are kept (Salesforce keeps six months)
 * @param interval how often every node runs the job; zero never runs it ({@code signet admin purge} still does)
 * @param batchSize rows deleted per transaction, so a run never holds long locks
 */
public record RetentionConfig(Duration tokenGrace, Duration loginHistory, Duration interval, int batchSize) {
    public static final RetentionConfig DEFAULTS =
            new RetentionConfig(Duration.ofDays(1), Duration.ofDays(180), Duration.ofMinutes(10), 1000);

    public RetentionConfig {
        Objects.requireNonNull(tokenGrace, "tokenGrace must not be null");
        Objects.requireNonNull(loginHistory, "loginHistory must not be null");
        Objects.requireNonNull(interval, "interval must not be null");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
    }
}
