package dev.signet.server.retention;

import dev.signet.server.config.RetentionConfig;
import dev.signet.server.storage.RetentionRepository;
import dev.signet.server.storage.RetentionRepository.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/**
 * The retention rules in one place: from the clock and the settings, the cutoff of each kind of
 * row, and a purge (or a dry run that only counts). Used {@code jti} marks are kept for the clock
 * skew past their expiry on top of the grace, so an assertion can never be replayed after its mark
 * is gone; query locators last 15 minutes after their last use; API usage counts 30 days.
 */
public final class Retention {
    private static final Duration LOCATOR_LIFETIME = Duration.ofMinutes(15);
    private static final int API_USAGE_DAYS = 30;

    private final RetentionRepository repository;
    private final RetentionConfig config;
    private final Duration clockSkew;
    private final Clock clock;

    public Retention(RetentionRepository repository, RetentionConfig config, Duration clockSkew, Clock clock) {
        this.repository = repository;
        this.config = config;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    public RetentionConfig config() {
        return config;
    }

    /** How many rows of each kind a purge would delete now. */
    public Map<Kind, Long> plan() {
        Instant now = clock.instant();
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, repository.count(kind, cutoff(kind, now)));
        }
        return counts;
    }

    /** Deletes, in batches, every row past its cutoff; returns how many of each kind went. */
    public Map<Kind, Long> purge() {
        Instant now = clock.instant();
        Map<Kind, Long> deleted = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            Object cutoff = cutoff(kind, now);
            long total = 0;
            int batch;
            do {
                batch = repository.deleteBatch(kind, cutoff, config.batchSize());
                total += batch;
            } while (batch == config.batchSize());
            deleted.put(kind, total);
        }
        return deleted;
    }

    private Object cutoff(Kind kind, Instant now) {
        return switch (kind) {
            case USED_JTI -> now.minus(config.tokenGrace()).minus(clockSkew);
            case LOGIN_HISTORY -> now.minus(config.loginHistory());
            case QUERY_LOCATORS -> now.minus(LOCATOR_LIFETIME);
            case API_USAGE -> LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(API_USAGE_DAYS).toString();
            default -> now.minus(config.tokenGrace());
        };
    }
}
