package dev.signet.server.assertion;

import java.time.Clock;
import java.time.Duration;

/**
 * The claim checks that follow a verified signature, in order: {@code aud} → {@code exp} →
 * {@code nbf} → lifetime → {@code jti} → {@code sub}. {@code iat} is not checked: Salesforce
 * accepts any (spec §2.2). Time arithmetic saturates, so no {@code exp} or {@code nbf} overflows.
 */
final class ClaimChecks {
    private final AssertionRules rules;
    private final Clock clock;

    ClaimChecks(AssertionRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    void check(AssertionClaims claims, boolean strictIssuer, Inspection<?> run) {
        long now = clock.instant().getEpochSecond();
        boolean stopped = audience(claims, run) || times(claims, now, run) || lifetime(claims, strictIssuer, now, run)
                || jwtId(claims, strictIssuer, run);
        if (!stopped) {
            subject(claims, run);
        }
    }

    // Each check answers true when the checks stop here.

    private boolean audience(AssertionClaims claims, Inspection<?> run) {
        if (claims.audiences().stream().anyMatch(rules.audiences()::accepts)) {
            return false;
        }
        String reason = "aud " + claims.audiences() + " is not one of " + rules.audiences().accepted();
        return run.refuse(claims.audiences().isEmpty() ? AssertionOutcome.AUDIENCE_MISSING
                : AssertionOutcome.AUDIENCE_INVALID, reason);
    }

    private boolean times(AssertionClaims claims, long now, Inspection<?> run) {
        long skew = rules.clockSkew().toSeconds();
        if (claims.expiresAt() == null) {
            if (run.refuse(AssertionOutcome.EXPIRY_MISSING, "assertion has no exp claim")) {
                return true;
            }
        } else if (now > Seconds.plus(claims.expiresAt(), skew) && run.refuse(AssertionOutcome.EXPIRED, "exp is "
                + Seconds.minus(now, claims.expiresAt()) + " s in the past (clock skew allowed: " + skew + " s)")) {
            return true;
        }
        return claims.notBefore() != null && now < Seconds.minus(claims.notBefore(), skew)
                && run.refuse(AssertionOutcome.NOT_YET_VALID,
                        "nbf is " + Seconds.minus(claims.notBefore(), now) + " s in the future");
    }

    private boolean lifetime(AssertionClaims claims, boolean strictIssuer, long now, Inspection<?> run) {
        boolean strict = rules.maxLifetime() == null && rules.strictFor(strictIssuer);
        Duration limit = strict ? rules.strictMaxLifetime() : rules.maxLifetime();
        if (limit == null || claims.expiresAt() == null) {
            return false;
        }
        long latest = Seconds.plus(Seconds.plus(now, limit.toSeconds()), rules.clockSkew().toSeconds());
        return claims.expiresAt() > latest && run.refuse(AssertionOutcome.LIFETIME_TOO_LONG,
                (strict ? "strict mode: " : "") + "exp is more than " + limit.toMinutes() + " min ahead");
    }

    private boolean jwtId(AssertionClaims claims, boolean strictIssuer, Inspection<?> run) {
        String jti = claims.jwtId();
        if (rules.strictFor(strictIssuer) && (jti == null || jti.isBlank())) {
            return run.refuse(AssertionOutcome.JTI_MISSING, "strict mode: assertion has no jti claim");
        }
        return jti != null && jti.length() > AssertionRules.MAX_JTI_LENGTH && run.refuse(AssertionOutcome.JTI_TOO_LONG,
                "jti is " + jti.length() + " characters long; at most " + AssertionRules.MAX_JTI_LENGTH + " are allowed");
    }

    private void subject(AssertionClaims claims, Inspection<?> run) {
        if (rules.subjectIsIssuer()) {
            if (claims.subject() == null || !claims.subject().equals(claims.issuer())) {
                run.refuse(AssertionOutcome.SUBJECT_NOT_ISSUER, "sub must be the client's consumer key (RFC 7523 §3)");
            }
        } else if (claims.subject() == null) {
            run.refuse(AssertionOutcome.SUBJECT_MISSING, "assertion has neither sub nor prn claim");
        }
    }
}
