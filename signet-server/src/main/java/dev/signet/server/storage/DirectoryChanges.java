package dev.signet.server.storage;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The generation of the directory state the server caches (org, apps with their certificates and
 * grants, users with their permission sets, approvals, login IP ranges). Every committed write
 * through a tracked {@link Jdbc} moves it on, which invalidates every {@link StateCache} entry at
 * once; writes are rare (administration), reads happen on every request. The maximum age bounds
 * how long a change made by another process sharing the database (PostgreSQL) can go unseen; a
 * zero age turns caching off.
 */
public final class DirectoryChanges {
    private final AtomicLong generation = new AtomicLong();
    private volatile long maxAgeNanos;

    public DirectoryChanges(Duration maxAge) {
        maxAge(maxAge);
    }

    /** Sets how long a cached entry may be served without a write in this process invalidating it. */
    public void maxAge(Duration maxAge) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("cache max age must not be negative");
        }
        this.maxAgeNanos = maxAge.toNanos();
    }

    long generation() {
        return generation.get();
    }

    long maxAgeNanos() {
        return maxAgeNanos;
    }

    boolean enabled() {
        return maxAgeNanos > 0;
    }

    /** Called after a write commits: every cached entry is stale from now on. */
    void changed() {
        generation.incrementAndGet();
    }
}
