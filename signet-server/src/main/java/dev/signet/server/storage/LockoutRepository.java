package dev.signet.server.storage;

import java.time.Instant;
import java.util.Optional;

/**
 * Invalid password attempts and lockouts, per account. Kept in the database so that a lockout
 * holds across restarts and across nodes.
 */
public final class LockoutRepository {
    private final Jdbc jdbc;

    public LockoutRepository(Jdbc jdbc) {
        this.jdbc = jdbc.untracked(); // writes nothing the directory cache holds
    }

    /** An account's count of invalid attempts, and the end of its lockout (null when not locked). */
    public record Lockout(int failedAttempts, Instant lockedUntil) {
        public static final Lockout NONE = new Lockout(0, null);

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    public Lockout find(String kind, String accountId) {
        return find(jdbc, kind, accountId).orElse(Lockout.NONE);
    }

    /**
     * Counts one more invalid attempt, atomically, and locks the account until {@code lockUntil}
     * when the count reaches {@code maxAttempts}. Attempts during a lockout neither count nor extend
     * it; a lockout that has ended starts a new count. Plain updates (no {@code select … for update})
     * keep it portable: each takes the row's write lock, so concurrent failures all count.
     */
    public Lockout recordFailure(String kind, String accountId, Instant now, int maxAttempts, Instant lockUntil) {
        try {
            return jdbc.inTransaction(tx -> {
                tx.update("update password_lockout set failed_attempts = 0, locked_until = null where account_kind = ? "
                        + "and account_id = ? and locked_until is not null and locked_until <= ?", kind, accountId, now);
                if (increment(tx, kind, accountId) == 0) {
                    if (find(tx, kind, accountId).isEmpty()) {
                        tx.update("insert into password_lockout (account_kind, account_id, failed_attempts) "
                                + "values (?, ?, 1)", kind, accountId);
                    } else {
                        increment(tx, kind, accountId); // another first failure committed the row meanwhile
                    }
                }
                tx.update("update password_lockout set locked_until = ? where account_kind = ? and account_id = ? "
                        + "and locked_until is null and failed_attempts >= ?", lockUntil, kind, accountId, maxAttempts);
                return find(tx, kind, accountId).orElse(Lockout.NONE);
            });
        } catch (StorageException e) {
            if (e.isUniqueViolation()) { // two first failures at once: the other inserted the row
                return recordFailure(kind, accountId, now, maxAttempts, lockUntil);
            }
            throw e;
        }
    }

    // Counts only while not locked out: attempts during a lockout neither count nor extend it.
    private static int increment(Jdbc tx, String kind, String accountId) {
        return tx.update("update password_lockout set failed_attempts = failed_attempts + 1 where account_kind = ? "
                + "and account_id = ? and locked_until is null", kind, accountId);
    }

    private static Optional<Lockout> find(Jdbc jdbc, String kind, String accountId) {
        return jdbc.queryOne("select failed_attempts, locked_until from password_lockout "
                + "where account_kind = ? and account_id = ?", rs -> new Lockout(rs.getInt(1),
                        Jdbc.instant(rs, "locked_until")), kind, accountId);
    }

    /** Forgets the account's invalid attempts and ends its lockout; true if there was anything to forget. */
    public boolean clear(String kind, String accountId) {
        return jdbc.update("delete from password_lockout where account_kind = ? and account_id = ?", kind,
                accountId) > 0;
    }
}
