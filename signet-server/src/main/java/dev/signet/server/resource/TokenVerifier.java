package dev.signet.server.resource;

import java.util.Optional;

/**
 * Checks one kind of access token (opaque or JWT) and finds its stored record. What is common to
 * every kind (revocation, expiry, user/app/org state) is {@link ActiveTokens}' job.
 */
public interface TokenVerifier {
    /** Whether the token has this verifier's form; exactly one verifier recognizes any token. */
    boolean recognizes(String token);

    /**
     * The stored record of a recognized token, or empty when the token is not genuine (unknown,
     * or for a JWT: bad signature, unknown or retired {@code kid}, expired).
     */
    Optional<StoredToken> verify(String token);
}
