package dev.signet.client;

import dev.signet.core.oauth.TokenResponse;

/**
 * Hands out access tokens. {@link JwtBearerClient#requestToken()} is one (it mints a new assertion
 * and exchanges it on every call: {@code TokenSource source = client::requestToken;});
 * {@link CachingTokenSource} wraps another source behind this same method.
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

    /**
     * Tells the source that a resource server rejected {@code rejected} (for Salesforce: a 401
     * with {@code INVALID_SESSION_ID}), so the next {@link #token()} must not hand it out again.
     * A source that caches nothing ignores this; a caching source drops the token only if it is
     * still the cached one, so many callers reporting the same token cause a single new request.
     *
     * @param rejected the token the resource server refused
     */
    default void invalidate(TokenResponse rejected) {}
}
