package dev.signet.server.http;

import dev.signet.core.oauth.OAuth2Error;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What a request over plain HTTP gets. With {@code --require-https}, an OAuth request from another
 * host gets Salesforce's {@code invalid_request} / {@code HTTPS required} (a proxy that terminates
 * TLS says so with {@code X-Forwarded-Proto: https}). With HTTPS served, the plain redirect port
 * answers everything else with a 308 to the same path on the HTTPS base URL (308 keeps a POST a POST).
 *
 * @param requireHttps whether plain OAuth requests from other hosts are refused
 * @param httpsBaseUrl where the redirect port sends requests; {@code null} when there is none
 */
record PlainHttp(boolean requireHttps, String httpsBaseUrl) {
    static final OAuth2Error HTTPS_REQUIRED = new OAuth2Error("invalid_request", "HTTPS required", 400);

    void apply(Context ctx) {
        if (secure(ctx)) {
            return;
        }
        if (requireHttps && Paths.Family.of(ctx.path()) == Paths.Family.OAUTH
                && !loopback(ctx.req().getRemoteAddr())) {
            ErrorResponses.oauth(ctx, HTTPS_REQUIRED);
            ctx.skipRemainingHandlers();
        } else if (httpsBaseUrl != null) {
            String query = ctx.queryString();
            ctx.redirect(httpsBaseUrl + ctx.path() + (query == null ? "" : "?" + query), HttpStatus.PERMANENT_REDIRECT);
            ctx.skipRemainingHandlers();
        }
    }

    private boolean secure(Context ctx) {
        // The header counts only when this server serves no HTTPS itself, i.e. behind a proxy.
        return ctx.req().isSecure()
                || httpsBaseUrl == null && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress(); // a literal: no name lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
