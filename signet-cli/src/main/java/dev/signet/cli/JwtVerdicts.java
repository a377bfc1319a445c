package dev.signet.cli;

import com.nimbusds.jwt.JWT;
import dev.signet.server.assertion.AssertionClaims;
import dev.signet.server.assertion.Verdict;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Map;

/**
 * The server verifier's refusals in {@code jwt decode}'s words: the same verdicts, phrased for
 * someone fixing their assertion rather than for Login History.
 */
final class JwtVerdicts {
    private static final Map<String, String> REQUIRED = Map.of(
            "iss", "the connected app's consumer key",
            "sub", "the username",
            "aud", "the login URL, e.g. https://login.salesforce.com",
            "exp", "the expiry time in seconds since the epoch");

    private final JWT jwt;
    private final Path cert;
    private final Clock clock;

    JwtVerdicts(JWT jwt, Path cert, Clock clock) {
        this.jwt = jwt;
        this.cert = cert;
        this.clock = clock;
    }

    String describe(Verdict<?> refusal) {
        return switch (refusal.outcome()) {
            case UNSIGNED -> "alg is none: the JWT is unsigned; Salesforce accepts only RS256";
            case ALGORITHM_NOT_ALLOWED -> "alg is " + jwt.getHeader().getAlgorithm() + ": Salesforce accepts only RS256";
            case ISSUER_MISSING -> missing("iss");
            case SUBJECT_MISSING -> missing("sub");
            case AUDIENCE_MISSING -> missing("aud");
            case EXPIRY_MISSING -> missing("exp");
            case EXPIRED -> expired(refusal.claims());
            case SIGNATURE_INVALID -> "the signature does not verify with " + cert.getFileName();
            default -> refusal.reason();
        };
    }

    private static String missing(String claim) {
        return "missing claim: " + claim + " (" + REQUIRED.get(claim) + ")";
    }

    private String expired(AssertionClaims claims) {
        long exp = claims.expiresAt();
        long ago = clock.instant().getEpochSecond() - exp;
        try {
            return "expired " + ago + " seconds ago (exp " + Instant.ofEpochSecond(exp) + ")";
        } catch (DateTimeException e) {
            return "expired: exp " + exp + " is before any calendar date";
        }
    }
}
