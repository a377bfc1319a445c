package dev.signet.server.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The in-memory cache of apps, users and the org.
 *
 * @param maxAge how long they may be served from memory. Writes made through this server
 *     invalidate them at once; the age bounds how long a change made by another server sharing the
 *     database goes unseen. Zero turns the cache off.
 */
public record CacheConfig(Duration maxAge) {
    // A compile-time constant, so that the CLI's help text can name it.
    public static final long DEFAULT_MAX_AGE_SECONDS = 2;
    public static final CacheConfig DEFAULTS = new CacheConfig(Duration.ofSeconds(DEFAULT_MAX_AGE_SECONDS));

    public CacheConfig {
        Objects.requireNonNull(maxAge, "maxAge must not be null");
    }
}
