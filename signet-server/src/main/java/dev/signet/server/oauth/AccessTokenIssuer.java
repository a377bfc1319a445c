package dev.signet.server.oauth;

/**
 * Makes the access token value for a granted login. Storing it (by hash) is the grant
 * handler's job, the same for every kind of token, so revocation and state checks work alike.
 */
@FunctionalInterface
public interface AccessTokenIssuer {
    /** The access token to return to the client. */
    String issue(TokenContext context);

    /** Whether the token proves itself (a signed JWT), so that its record needs no hash of it. */
    default boolean provesItself(TokenContext context) {
        return false;
    }
}
