package dev.signet.server.login;

import dev.signet.server.storage.LockoutRepository;
import dev.signet.server.storage.LockoutRepository.Lockout;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Password lockout, as Salesforce's password policies have it: after {@code maxAttempts} invalid
 * passwords in a row (default 10) the account is locked for {@code period} (default 15 minutes);
 * during a lockout even the right password is refused and attempts do not extend it; a successful
 * login, a new password or an admin's unlock clears the count. {@code maxAttempts} 0 turns lockout off.
 */
public record LockoutPolicy(LockoutRepository repository, int maxAttempts, Duration period, Clock clock) {
    public static final int DEFAULT_MAX_ATTEMPTS = 10;
    public static final Duration DEFAULT_PERIOD = Duration.ofMinutes(15);

    /** The kinds of account that log in with a password. */
    public enum Account {
        /** An org user, at the authorization endpoint. */
        USER("user"),
        /** A console administrator. */
        ADMIN("admin");

        private final String kind;

        Account(String kind) {
            this.kind = kind;
        }
    }

    /** When the account's lockout ends, if it is locked now. */
    public Optional<Instant> lockedUntil(Account account, String id) {
        Lockout lockout = repository.find(account.kind, id);
        return lockout.lockedAt(clock.instant()) ? Optional.of(lockout.lockedUntil()) : Optional.empty();
    }

    /** Counts an invalid password; true when the account is locked now. */
    public boolean failed(Account account, String id) {
        if (maxAttempts <= 0) {
            return false;
        }
        Instant now = clock.instant();
        return repository.recordFailure(account.kind, id, now, maxAttempts, now.plus(period)).lockedAt(now);
    }

    /** A successful login or a new password: the count starts again. */
    public void clear(Account account, String id) {
        if (repository.find(account.kind, id).failedAttempts() > 0) {
            repository.clear(account.kind, id);
        }
    }

    /** An admin's unlock; true if the account was locked. */
    public boolean unlock(Account account, String id) {
        boolean locked = lockedUntil(account, id).isPresent();
        repository.clear(account.kind, id);
        return locked;
    }
}
