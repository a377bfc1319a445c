package dev.signet.server.assertion;

import dev.signet.server.login.LoginFailure;

/**
 * The verifier's answer on one assertion: the outcome, the precise reason (for Login History and
 * debug logs, never for the caller), and what was learnt before the verdict: the claims (null when
 * they could not be read) and the issuer (null when not found).
 *
 * @param <T> what the issuer lookup identifies an issuer by, e.g. the connected app
 */
public record Verdict<T>(AssertionOutcome outcome, String reason, AssertionClaims claims, T issuer) {

    public boolean accepted() {
        return outcome == AssertionOutcome.ACCEPTED;
    }

    /** The refusal as the JWT bearer grant answers and records it. */
    public LoginFailure failure() {
        return outcome.failure(reason);
    }

    /** The subject ({@code prn}, else {@code sub}) if the claims could be read, else null. */
    public String subject() {
        return claims == null ? null : claims.subject();
    }
}
