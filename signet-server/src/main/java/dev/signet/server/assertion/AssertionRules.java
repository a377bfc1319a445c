package dev.signet.server.assertion;

import java.time.Duration;

/**
 * What an assertion must satisfy for one use. Built with the factory methods; the checks and
 * their order are the same for every use (see {@link AssertionVerifier}).
 *
 * @param use what the assertion is presented for (see {@link ExplicitTypes})
 * @param audiences the accepted {@code aud} values
 * @param clockSkew tolerance on {@code exp} and {@code nbf}
 * @param maxLifetime how far ahead {@code exp} may be for every issuer; null for no bound
 * @param strictMaxLifetime for a strict app (a JWT bearer grant setting): how far ahead {@code exp} may be, and a
 *     {@code jti} is required; null where strict mode does not apply
 * @param subjectIsIssuer {@code sub} must equal {@code iss} (a client authenticating as itself)
 * @param signatureOptional the signature is checked only when the issuer has keys (offline, without a certificate)
 */
public record AssertionRules(
        AssertionUse use,
        AudiencePolicy audiences,
        Duration clockSkew,
        Duration maxLifetime,
        Duration strictMaxLifetime,
        boolean subjectIsIssuer,
        boolean signatureOptional) {

    /** Longest {@code jti} remembered for replay detection (the {@code used_jti.jti} column). */
    public static final int MAX_JTI_LENGTH = 255;

    /** Whether strict mode's rules apply to an issuer with this strict flag. */
    public boolean strictFor(boolean strictIssuer) {
        return strictIssuer && strictMaxLifetime != null;
    }

    /**
     * The JWT bearer grant (RFC 7523 §2.1): {@code sub} names the user; {@code exp} unbounded (clients
     * send milliseconds) unless the app is strict; {@code jti} optional unless the app is strict.
     */
    public static AssertionRules jwtBearerGrant(AudiencePolicy audiences, Duration clockSkew,
            Duration strictMaxLifetime) {
        return new AssertionRules(AssertionUse.GRANT, audiences, clockSkew, null, strictMaxLifetime, false, false);
    }

    /**
     * Client authentication (RFC 7523 §2.2, §3): {@code sub} = {@code iss}; {@code aud} may also be
     * the endpoint's URL; {@code exp} at most {@code maxLifetime} ahead; {@code jti} optional.
     */
    public static AssertionRules clientAuthentication(AudiencePolicy audiences, String endpointUrl,
            Duration clockSkew, Duration maxLifetime) {
        return new AssertionRules(AssertionUse.CLIENT_AUTHENTICATION, audiences.orEndpoint(endpointUrl), clockSkew,
                maxLifetime, null, true, false);
    }

    /**
     * {@code jwt decode}: the grant's rules where they can be judged offline. Any {@code aud} is
     * accepted (the server's URL is unknown), but one must be present; the signature is checked
     * only against a certificate the user gives.
     */
    public static AssertionRules offlineInspection(Duration clockSkew) {
        return new AssertionRules(AssertionUse.GRANT, AudiencePolicy.any(), clockSkew, null, null, false, true);
    }
}
