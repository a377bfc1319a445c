package dev.signet.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The generation of the directory state the server caches (org, apps with their certificates and
 * grants, users with their permission sets, approvals, login IP ranges, signing keys). Every
 * committed write through a tracked {@link Jdbc} moves it on, which invalidates every
 * {@link StateCache} entry at once; writes are rare (administration), reads happen on every
 * request.
 *
 * <p>On PostgreSQL, nodes sharing the database tell each other: each tracked write sends a
 * notification in its own transaction (so it is delivered exactly when the write commits), and a
 * {@link ChangeListener} moves the generation on when another node's arrives. While a node is not
 * listening (at start, or after its listening connection dropped) it caches nothing. The maximum
 * age stays as a safety net; a zero age turns caching off.
 */
public final class DirectoryChanges {
    static final String CHANNEL = "signet_directory";

    private final AtomicLong generation = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final String nodeId = UUID.randomUUID().toString();
    private final boolean broadcasts;
    private volatile long maxAgeNanos;
    private volatile boolean listening;

    public DirectoryChanges(Duration maxAge) {
        this(maxAge, false);
    }

    DirectoryChanges(Duration maxAge, boolean broadcasts) {
        maxAge(maxAge);
        this.broadcasts = broadcasts;
        this.listening = !broadcasts; // a single node has no one to listen to
    }

    /** Sets how long a cached entry may be served without a known change invalidating it. */
    public void maxAge(Duration maxAge) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("cache max age must not be negative");
        }
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** Whether another node's change reaches this one now (always true for an embedded database). */
    public boolean listening() {
        return listening;
    }

    /** Lookups the directory cache answered from memory. */
    public long cacheHits() {
        return hits.sum();
    }

    /** Lookups that read the database (a stale or missing entry, or caching off). */
    public long cacheMisses() {
        return misses.sum();
    }

    /** How often cached state was dropped: local and other nodes' writes, and listener changes. */
    public long invalidations() {
        return generation.get();
    }

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    long generation() {
        return generation.get();
    }

    long maxAgeNanos() {
        return maxAgeNanos;
    }

    boolean enabled() {
        return maxAgeNanos > 0 && listening;
    }

    boolean broadcasts() {
        return broadcasts;
    }

    String nodeId() {
        return nodeId;
    }

    /** Called after a write commits: every cached entry is stale from now on. */
    void changed() {
        generation.incrementAndGet();
    }

    /** Sends the change notification on the writing transaction's connection (PostgreSQL only). */
    void broadcast(Connection c) throws SQLException {
        if (broadcasts) {
            try (PreparedStatement ps = c.prepareStatement("select pg_notify(?, ?)")) {
                ps.setString(1, CHANNEL);
                ps.setString(2, nodeId);
                ps.execute();
            }
        }
    }

    /** The listener's state: whatever was cached may have missed a change, so it is dropped either way. */
    void listening(boolean now) {
        listening = now;
        changed();
    }
}
