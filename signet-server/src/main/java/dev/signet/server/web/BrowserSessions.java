package dev.signet.server.web;

import dev.signet.server.login.BrowserSessionStore;
import dev.signet.server.model.BrowserSession;
import dev.signet.server.secrets.PasswordHasher;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Server-side browser sessions behind an {@code HttpOnly} cookie ({@code Secure} when the public
 * URL is https); their lifetime rules are {@link BrowserSessionStore}'s. Each session carries a
 * CSRF token that every form posts back. Logging in always starts a new session (no session
 * fixation).
 */
public final class BrowserSessions {
    /** The cookie of one kind of session. */
    public record CookieSpec(String name, String path, String sameSite, BrowserSession.Kind kind) {}

    /** The console's cookie: sent only to {@code /console}, never on cross-site requests. */
    public static final CookieSpec CONSOLE = new CookieSpec("signet_console", "/console", "Strict",
            BrowserSession.Kind.CONSOLE);
    /** The authorization endpoint's cookie: Lax, so it comes along when a client redirects the user here. */
    public static final CookieSpec AUTHORIZE = new CookieSpec("signet_authorize", "/services/oauth2/authorize", "Lax",
            BrowserSession.Kind.AUTHORIZE);

    private final BrowserSessionStore store;
    private final String baseUrl;

    public BrowserSessions(BrowserSessionStore store, String baseUrl) {
        this.store = store;
        this.baseUrl = baseUrl;
    }

    /** The live session of the request's cookie, if any. */
    public Optional<BrowserSession> find(Context ctx, CookieSpec spec) {
        return store.find(ctx.cookie(spec.name()), spec.kind());
    }

    /** The live session, or a new anonymous one (for the CSRF token of a login form). */
    public BrowserSession findOrStart(Context ctx, CookieSpec spec) {
        return find(ctx, spec).orElseGet(() -> start(ctx, spec, null, null));
    }

    /** Starts a new session (ending the current one), e.g. after a successful login. */
    public BrowserSession start(Context ctx, CookieSpec spec, String adminId, String userId) {
        find(ctx, spec).ifPresent(store::end);
        BrowserSessionStore.Started started = store.start(spec.kind(), adminId, userId);
        ctx.res().addHeader("Set-Cookie", cookie(spec, started.cookieValue()));
        return started.session();
    }

    /** Ends the session and clears the cookie. */
    public void end(Context ctx, CookieSpec spec) {
        find(ctx, spec).ifPresent(store::end);
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
}
