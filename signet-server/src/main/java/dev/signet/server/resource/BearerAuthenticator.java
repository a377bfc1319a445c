package dev.signet.server.resource;

import dev.signet.server.http.ApiException;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.regex.Pattern;

/**
 * Authenticates API calls by access token, from the {@code Authorization: Bearer} header or the
 * {@code oauth_token} parameter. Opaque and JWT access tokens alike: {@link ActiveTokens} checks
 * the token (a JWT's signature, {@code kid} and {@code exp} locally), then that it is on record,
 * unexpired and unrevoked, and that its user, app and org are still active: state is re-checked
 * on every call.
 */
public final class BearerAuthenticator {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final ActiveTokens tokens;

    public BearerAuthenticator(ActiveTokens tokens) {
        this.tokens = tokens;
    }

    public Session authenticate(Context ctx) {
        ActiveToken token = tokens.find(tokenFrom(ctx)).orElseThrow(ApiException::invalidSession);
        return new Session(token.info(), token.org(), token.user(), token.app());
    }

    private static String tokenFrom(Context ctx) {
        String header = ctx.header("Authorization");
        // two Authorization headers are two claims of identity: neither is chosen
        if (header != null && Collections.list(ctx.req().getHeaders("Authorization")).size() > 1) {
            throw new ApiException(401, "INVALID_AUTH_HEADER", "INVALID_AUTH_HEADER");
        }
        if (header != null) {
            String[] parts = WHITESPACE.split(header.trim(), 2); // compiled once: this runs on every API call
            if (parts.length != 2 || !(parts[0].equalsIgnoreCase("Bearer") || parts[0].equalsIgnoreCase("OAuth"))
                    || parts[1].isBlank()) {
                throw new ApiException(401, "INVALID_AUTH_HEADER", "INVALID_AUTH_HEADER");
            }
            return parts[1].trim();
        }
        String param = ctx.queryParam("oauth_token");
        if (param == null || param.isBlank()) {
            throw new ApiException(401, "INVALID_AUTH_HEADER", "INVALID_AUTH_HEADER");
        }
        return param;
    }
}
