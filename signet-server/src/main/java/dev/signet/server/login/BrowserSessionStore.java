package dev.signet.server.login;

import dev.signet.server.model.BrowserSession;
import dev.signet.server.secrets.AccessTokens;
import dev.signet.server.secrets.RandomTokens;
import dev.signet.server.storage.BrowserSessionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The lifetime rules of browser sessions (console and authorize page): a session ends after
 * {@link #IDLE} without use or {@link #ABSOLUTE} after it began. Only the SHA-256 of a session's
 * cookie value is stored.
 */
public final class BrowserSessionStore {
    public static final Duration IDLE = Duration.ofHours(2);
    public static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A new session and the cookie value that identifies it (known only to the browser). */
    public record Started(BrowserSession session, String cookieValue) {}

    private final BrowserSessionRepository repository;
    private final Clock clock;

    public BrowserSessionStore(BrowserSessionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The live session of this kind that the cookie value names, if any; marks it used. */
    public Optional<BrowserSession> find(String cookieValue, BrowserSession.Kind kind) {
        if (cookieValue == null || cookieValue.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<BrowserSession> found = repository.find(AccessTokens.hash(cookieValue))
                .filter(s -> s.kind() == kind && now.isBefore(s.expiresAt()));
        found.filter(s -> s.lastSeenAt().plus(TOUCH_EVERY).isBefore(now))
                .ifPresent(s -> repository.touch(s.idHash(), now, expiry(s.createdAt(), now)));
        return found;
    }

    /** Starts a session for an admin, a user, or nobody yet (a login form's CSRF token). */
    public Started start(BrowserSession.Kind kind, String adminId, String userId) {
        Instant now = clock.instant();
        repository.deleteExpired(now);
        String value = RandomTokens.next();
        BrowserSession session = new BrowserSession(AccessTokens.hash(value), kind, RandomTokens.next(), adminId,
                userId, now, now, expiry(now, now));
        repository.insert(session);
        return new Started(session, value);
    }

    public void end(BrowserSession session) {
        repository.delete(session.idHash());
    }

    private static Instant expiry(Instant created, Instant now) {
        Instant idle = now.plus(IDLE);
        Instant absolute = created.plus(ABSOLUTE);
        return idle.isBefore(absolute) ? idle : absolute;
    }
}
