package dev.signet.client;

import dev.signet.core.oauth.ErrorResponse;
import dev.signet.core.oauth.OAuth2Error;
import dev.signet.core.oauth.TokenResponse;
import java.net.URI;
import java.util.function.Function;

/**
 * Reads what the token endpoint answered: a token response (RFC 6749 §5.1), an OAuth error
 * (§5.2, also when a server sends it with a 2xx status), or anything else, which becomes
 * {@code ERROR_HTTP_<status>} with a one-line excerpt of the body, or
 * {@link JwtBearerException#INVALID_RESPONSE} for a 2xx body (which is never quoted: it may hold a
 * token).
 */
final class TokenResponseReader {
    private static final int MAX_EXCERPT = 200;

    private TokenResponseReader() {}

    static TokenResponse read(HttpResult result, URI endpoint, Function<OAuth2Error, JwtBearerException> failure) {
        if (result.isSuccess()) {
            try {
                return TokenResponse.parse(result.body());
            } catch (IllegalArgumentException e) {
                OAuth2Error error = ErrorResponse.parse(result.body(), result.status());
                throw failure.apply(isOAuthError(error) ? error : new OAuth2Error(JwtBearerException.INVALID_RESPONSE,
                        "HTTP " + result.status() + " from " + endpoint + " has no access_token", result.status()));
            }
        }
        OAuth2Error error = ErrorResponse.parse(result.body(), result.status());
        throw failure.apply(isOAuthError(error) ? error
                : error.withDescription("HTTP " + result.status() + " from " + endpoint + excerpt(result.body())));
    }

    private static boolean isOAuthError(OAuth2Error error) {
        return !error.code().startsWith("ERROR_HTTP_");
    }

    private static String excerpt(String body) {
        String line = body.replaceAll("\\s+", " ").trim();
        if (line.isEmpty()) {
            return "";
        }
        return ": " + (line.length() > MAX_EXCERPT ? line.substring(0, MAX_EXCERPT) + "…" : line);
    }
}
