package dev.signet.client;

/**
 * How usable the token held by a {@link CachingTokenSource} is. There is no "valid forever": a
 * token is FRESH, then STALE for the refresh margin, then EXPIRED for the expiration margin before
 * its real end, so that a request carrying it still arrives in time.
 *
 * <p>Related specifications: RFC 6749 §5.1 ({@code expires_in}); google-auth-library-java
 * {@code OAuth2Credentials.CacheState}.
 */
public enum CacheState {
    /** Served from the cache, no request. */
    FRESH,
    /** Still served, while one caller gets a new token. */
    STALE,
    /** Not served (or nothing cached): callers wait for one new token. */
    EXPIRED
}
