package dev.signet.server.web;

import io.javalin.http.Context;

/**
 * Headers of every HTML page: a Content-Security-Policy without any script source (the pages
 * have no JavaScript), no framing (clickjacking on the consent page), no referrer (codes and
 * states stay out of other sites' logs), no caching.
 */
public final class SecurityHeaders {
    private SecurityHeaders() {}

    /**
     * @param formTargets extra form-action sources besides {@code 'self'} (the callback origin on
     *     the authorization pages: Chrome applies form-action to the redirect after a POST)
     */
    public static void apply(Context ctx, String... formTargets) {
        StringBuilder formAction = new StringBuilder("'self'");
        for (String target : formTargets) {
            formAction.append(' ').append(target);
        }
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action "
                + formAction + "; frame-ancestors 'none'; base-uri 'none'");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }
}
