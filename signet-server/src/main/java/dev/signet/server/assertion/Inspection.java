package dev.signet.server.assertion;

import java.util.ArrayList;
import java.util.List;

/**
 * What the verifier found on one assertion. A verification stops at the first refusal; an
 * inspection ({@code jwt decode}) goes on with every check that does not depend on a failed one,
 * so that it can list every problem at once.
 */
public final class Inspection<T> {
    private final boolean collectAll;
    private final List<Verdict<T>> refusals = new ArrayList<>();
    private AssertionClaims claims;
    private T issuer;
    private boolean signatureVerified;

    Inspection(boolean collectAll) {
        this.collectAll = collectAll;
    }

    /** Every refusal found, in check order; empty when the assertion passes. */
    public List<Verdict<T>> refusals() {
        return List.copyOf(refusals);
    }

    /** Whether the signature verified with one of the issuer's keys. */
    public boolean signatureVerified() {
        return signatureVerified;
    }

    /** The claims, or null when the payload could not be read as claims. */
    public AssertionClaims claims() {
        return claims;
    }

    /** The first refusal, or acceptance with the claims and issuer. */
    public Verdict<T> verdict() {
        return refusals.isEmpty() ? new Verdict<>(AssertionOutcome.ACCEPTED, "assertion accepted", claims, issuer)
                : refusals.get(0);
    }

    /** Records a refusal; true when the checks stop here. */
    boolean refuse(AssertionOutcome outcome, String reason) {
        refusals.add(new Verdict<>(outcome, reason, claims, issuer));
        return stopped();
    }

    boolean stopped() {
        return !collectAll && !refusals.isEmpty();
    }

    void claims(AssertionClaims value) {
        this.claims = value;
    }

    void issuer(T value) {
        this.issuer = value;
    }

    void signatureVerified(boolean value) {
        this.signatureVerified = value;
    }
}
