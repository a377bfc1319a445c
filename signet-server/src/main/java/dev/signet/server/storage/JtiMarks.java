package dev.signet.server.storage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The used assertion IDs of an embedded database, in memory: the atomic put-if-absent that makes
 * a {@code jti} single-use costs a map insert instead of a write into a random-keyed table. Each
 * mark is still written durably, in the same commit as its token (the token row's {@code jti}
 * columns, or {@code used_jti} for long windows), and {@link #restore restored} at start, so
 * replay safety across a restart is as strong as a unique index. A shared (PostgreSQL) database
 * has none of this: several nodes need the unique index of {@code used_jti}.
 *
 * <p>Marks are keyed by 128 bits of SHA-256 over the app and the {@code jti} (small and fixed in
 * size), and dropped once their replay window has passed.
 */
final class JtiMarks {
    private static final long SWEEP_EVERY_MILLIS = 10_000;

    private record Key(long high, long low) {}

    private final Map<Key, Long> marks = new ConcurrentHashMap<>();
    private final AtomicBoolean restored = new AtomicBoolean();
    private final AtomicLong nextSweep = new AtomicLong();

    /** Marks the {@code jti} used until {@code expiresAt}: false when it already was. */
    boolean tryMark(String appId, String jti, Instant expiresAt, Instant now) {
        sweepIfDue(now);
        return marks.putIfAbsent(key(appId, jti), expiresAt.toEpochMilli()) == null;
    }

    /** Takes back a mark whose commit failed: the assertion was never used. */
    void unmark(String appId, String jti) {
        marks.remove(key(appId, jti));
    }

    /** Loads the durable marks once, on the first call; {@code loader} feeds them to the consumer. */
    void restore(Consumer<Consumer<Mark>> loader) {
        if (restored.compareAndSet(false, true)) {
            loader.accept(mark -> marks.put(key(mark.appId(), mark.jti()), mark.expiresAt().toEpochMilli()));
        }
    }

    /** A durable mark read back at start. */
    record Mark(String appId, String jti, Instant expiresAt) {}

    private void sweepIfDue(Instant now) {
        long at = now.toEpochMilli();
        long due = nextSweep.get();
        if (at >= due && nextSweep.compareAndSet(due, at + SWEEP_EVERY_MILLIS)) {
            marks.values().removeIf(expiry -> expiry < at);
        }
    }

    private static Key key(String appId, String jti) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(appId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            ByteBuffer digest = ByteBuffer.wrap(sha.digest(jti.getBytes(StandardCharsets.UTF_8)));
            return new Key(digest.getLong(), digest.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
