package dev.signet.server.model;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A server signing key as stored, public part only (the private key never leaves
 * {@link dev.signet.server.keys.SigningKeys}).
 *
 * @param kid the key ID: the RFC 7638 thumbprint of the public key
 * @param publicJwk the public key as a JWK with {@code kid}, {@code alg=RS256} and {@code use=sig}
 * @param rotatedAt when it stopped signing, or null
 * @param retiredAt when it was retired, or null
 */
public record SigningKey(
        String kid, RSAKey publicJwk, SigningKeyStatus status, Instant createdAt, Instant rotatedAt,
        Instant retiredAt) {
    public SigningKey {
        Objects.requireNonNull(kid, "kid must not be null");
        Objects.requireNonNull(publicJwk, "publicJwk must not be null");
        if (publicJwk.isPrivate()) {
            throw new IllegalArgumentException("publicJwk must hold the public key only");
        }
        Objects.requireNonNull(status, "status must not be null");
    }

    /** Whether tokens signed with this key still verify. */
    public boolean verifies() {
        return status != SigningKeyStatus.RETIRED;
    }
}
