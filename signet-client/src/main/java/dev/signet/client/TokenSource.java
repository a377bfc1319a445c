package dev.signet.client;

import dev.signet.core.oauth.TokenResponse;

/**
 * Hands out access tokens. {@link JwtBearerClient#requestToken()} is one (it mints a new assertion
 * and exchanges it on every call: {@code TokenSource source = client::requestToken;}); caching and
 * retrying sources wrap another source behind this same method.
 *
 * <p>Related specifications: RFC 7523 §2.1 (there is no refresh token: a new token needs a new
 * assertion).
 */
@FunctionalInterface
public interface TokenSource {
    /**
     * A usable access token.
     *
     * @throws JwtBearerException when the server refuses or cannot be reached
     */
    TokenResponse token();
}
