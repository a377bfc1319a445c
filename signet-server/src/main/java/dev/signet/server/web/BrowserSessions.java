package dev.signet.server.web;

import dev.signet.server.model.BrowserSession;
import dev.signet.server.secrets.AccessTokens;
import dev.signet.server.secrets.PasswordHasher;
import dev.signet.server.secrets.RandomTokens;
import dev.signet.server.storage.BrowserSessionRepository;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Server-side browser sessions behind an {@code HttpOnly} cookie ({@code Secure} when the public
 * URL is https). Only the SHA-256 of the cookie value is stored. Each session carries a CSRF
 * token that every form posts back. A session ends after {@link #IDLE} without use or
 * {@link #ABSOLUTE} after it began; logging in always starts a new one (no session fixation).
 */
public final class BrowserSessions {
    public static final Duration IDLE = Duration.ofHours(2);
    public static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** The cookie of one kind of session. */
    public record CookieSpec(String name, String path, String sameSite, BrowserSession.Kind kind) {}

    /** The console's cookie: sent only to {@code /console}, never on cross-site requests. */
    public static final CookieSpec CONSOLE = new CookieSpec("signet_console", "/console", "Strict",
            BrowserSession.Kind.CONSOLE);
    /** The authorization endpoint's cookie: Lax, so it comes along when a client redirects the user here. */
    public static final CookieSpec AUTHORIZE = new CookieSpec("signet_authorize", "/services/oauth2/authorize", "Lax",
            BrowserSession.Kind.AUTHORIZE);

    private final BrowserSessionRepository repository;
    private final String baseUrl;
    private final Clock clock;

    public BrowserSessions(BrowserSessionRepository repository, String baseUrl, Clock clock) {
        this.repository = repository;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    /** The live session of the request's cookie, if any. */
    public Optional<BrowserSession> find(Context ctx, CookieSpec spec) {
        String value = ctx.cookie(spec.name());
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<BrowserSession> found = repository.find(AccessTokens.hash(value))
                .filter(s -> s.kind() == spec.kind() && now.isBefore(s.expiresAt()));
        found.filter(s -> s.lastSeenAt().plus(TOUCH_EVERY).isBefore(now))
                .ifPresent(s -> repository.touch(s.idHash(), now, expiry(s.createdAt(), now)));
        return found;
    }

    /** The live session, or a new anonymous one (for the CSRF token of a login form). */
    public BrowserSession findOrStart(Context ctx, CookieSpec spec) {
        return find(ctx, spec).orElseGet(() -> start(ctx, spec, null, null));
    }

    /** Starts a new session (ending the current one), e.g. after a successful login. */
    public BrowserSession start(Context ctx, CookieSpec spec, String adminId, String userId) {
        find(ctx, spec).ifPresent(s -> repository.delete(s.idHash()));
        Instant now = clock.instant();
        repository.deleteExpired(now);
        String value = RandomTokens.next();
        BrowserSession session = new BrowserSession(AccessTokens.hash(value), spec.kind(), RandomTokens.next(), adminId,
                userId, now, now, expiry(now, now));
        repository.insert(session);
        ctx.res().addHeader("Set-Cookie", cookie(spec, value));
        return session;
    }

    /** Ends the session and clears the cookie. */
    public void end(Context ctx, CookieSpec spec) {
        find(ctx, spec).ifPresent(s -> repository.delete(s.idHash()));
        ctx.res().addHeader("Set-Cookie", cookie(spec, "") + "; Max-Age=0");
    }

    /** Refuses a form whose {@code csrf} field is not the session's token (constant-time comparison). */
    public static void checkCsrf(BrowserSession session, String token) {
        if (session == null || !PasswordHasher.sameSecret(session.csrfToken(), token)) {
            throw ConsoleException.csrf();
        }
    }

    private String cookie(CookieSpec spec, String value) {
        String base = baseUrl;
        boolean https = base != null && base.startsWith("https://");
        return spec.name() + "=" + value + "; Path=" + spec.path() + "; HttpOnly; SameSite=" + spec.sameSite()
                + (https ? "; Secure" : "");
    }

    private static Instant expiry(Instant created, Instant now) {
        Instant idle = now.plus(IDLE);
        Instant absolute = created.plus(ABSOLUTE);
        return idle.isBefore(absolute) ? idle : absolute;
    }
}
