package dev.signet.bench.mint;

import java.time.Duration;
import java.util.Objects;

/**
 * The claims every assertion of one pool shares (RFC 7523 §3); each assertion adds its own
 * {@code jti}, and {@code iat}/{@code exp} from the minting time.
 *
 * @param lifetime {@code exp - iat}; Keycloak refuses more than 5 minutes by default
 */
public record AssertionClaims(String issuer, String subject, String audience, Duration lifetime) {
    public AssertionClaims {
        Objects.requireNonNull(issuer, "issuer must not be null");
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(audience, "audience must not be null");
        Objects.requireNonNull(lifetime, "lifetime must not be null");
    }
}
