package dev.signet.server.assertion;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of a JWT assertion (RFC 7523 §3) with Salesforce's rules, for every use: the JWT
 * bearer grant, client authentication, and {@code jwt decode}. Order: parse (Nimbus) → header
 * ({@code alg} RS256 only; {@code kid} and other headers are ignored, as Salesforce does, and no key
 * is ever taken from the assertion) → claims are a JSON object of the right types → issuer
 * ({@code iss}) → signature with the issuer's keys (nothing else is trusted before this) → the
 * explicit type ({@code typ}, RFC 10070, see {@link ExplicitTypes}) → then the claims: {@code aud}, {@code exp}/{@code nbf}, lifetime, {@code jti}, {@code sub}
 * (see {@link ClaimChecks}). Replay of a {@code jti} is the caller's, because the grant marks it in
 * the same transaction as the token.
 */
public final class AssertionVerifier {
    private final AssertionRules rules;
    private final ClaimChecks claimChecks;

    public AssertionVerifier(AssertionRules rules, Clock clock) {
        this.rules = rules;
        this.claimChecks = new ClaimChecks(rules, clock);
    }

    public AssertionRules rules() {
        return rules;
    }

    /** The first refusal, or acceptance. */
    public <T> Verdict<T> verify(String assertion, IssuerLookup<T> issuers) {
        return run(assertion, issuers, false).verdict();
    }

    /** Every refusal that can be found, for offline inspection. */
    public <T> Inspection<T> inspect(String assertion, IssuerLookup<T> issuers) {
        return run(assertion, issuers, true);
    }

    private <T> Inspection<T> run(String assertion, IssuerLookup<T> issuers, boolean collectAll) {
        Inspection<T> run = new Inspection<>(collectAll);
        SignedJWT jws = parse(assertion, run);
        if (jws == null) {
            return run;
        }
        JWSAlgorithm alg = jws.getHeader().getAlgorithm();
        boolean rs256 = JWSAlgorithm.RS256.equals(alg);
        if ((!rs256 && run.refuse(AssertionOutcome.ALGORITHM_NOT_ALLOWED, "alg " + alg + " is not allowed; only RS256"))
                || !readClaims(jws, run)) {
            return run;
        }
        Optional<Issuer<T>> issuer = findIssuer(run.claims().issuer(), issuers, run);
        if (run.stopped()) {
            return run;
        }
        if (rs256 && issuer.isPresent() && !checkSignature(jws, issuer.get(), run)) {
            return run;
        }
        boolean strict = issuer.map(Issuer::strict).orElse(false);
        if (!ExplicitTypes.check(jws.getHeader().getType(), rules, strict, run.claims(), run)) {
            claimChecks.check(run.claims(), strict, run);
        }
        return run;
    }

    private static SignedJWT parse(String assertion, Inspection<?> run) {
        if (assertion != null && assertion.length() > AssertionRules.MAX_ASSERTION_LENGTH) {
            run.refuse(AssertionOutcome.NOT_A_JWS, "assertion is longer than " + AssertionRules.MAX_ASSERTION_LENGTH
                    + " characters");
            return null;
        }
        String text = assertion == null ? "" : assertion;
        try {
            return SignedJWT.parse(text); // the header is parsed once
        } catch (ParseException notSigned) {
            // what else it is decides the refusal (a JWS that SignedJWT refused, JWTParser refuses too)
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(text);
        } catch (ParseException e) {
            run.refuse(AssertionOutcome.NOT_A_JWS, "assertion is not a signed JWT (JWS compact serialization)");
            return null;
        }
        if (jwt instanceof PlainJWT) {
            run.refuse(AssertionOutcome.UNSIGNED, "alg none: the assertion is unsigned; only RS256");
        } else {
            run.refuse(AssertionOutcome.NOT_A_JWS, jwt instanceof EncryptedJWT
                    ? "assertion is encrypted (JWE), not signed" : "assertion is not a signed JWT");
        }
        return null;
    }

    // A payload that is not a JSON object ([1], "x", not JSON at all) has no claims to check.
    private static boolean readClaims(JWSObject jws, Inspection<?> run) {
        Map<String, Object> json = jws.getPayload().toJSONObject();
        if (json == null) {
            run.refuse(AssertionOutcome.CLAIMS_NOT_AN_OBJECT, "the assertion's payload is not a JSON object");
            return false;
        }
        if (json.size() > AssertionRules.MAX_CLAIMS) {
            run.refuse(AssertionOutcome.CLAIM_MALFORMED, "the payload has more than " + AssertionRules.MAX_CLAIMS
                    + " claims");
            return false;
        }
        try {
            run.claims(AssertionClaims.from(json));
            return true;
        } catch (AssertionClaims.MalformedClaim e) {
            run.refuse(AssertionOutcome.CLAIM_MALFORMED, e.getMessage());
            return false;
        }
    }

    private static <T> Optional<Issuer<T>> findIssuer(String iss, IssuerLookup<T> issuers, Inspection<T> run) {
        if (iss == null) {
            run.refuse(AssertionOutcome.ISSUER_MISSING, "assertion has no iss claim");
            return Optional.empty();
        }
        Optional<Issuer<T>> found = issuers.find(iss);
        if (found.isEmpty()) {
            run.refuse(AssertionOutcome.ISSUER_UNKNOWN, "iss is not the consumer key of any connected app");
        } else if (!found.get().enabled()) {
            run.refuse(AssertionOutcome.APP_DISABLED, "connected app '" + found.get().name() + "' is disabled");
            return Optional.empty();
        }
        found.ifPresent(i -> run.issuer(i.value()));
        return found;
    }

    /** False when the checks stop here. */
    private boolean checkSignature(JWSObject jws, Issuer<?> issuer, Inspection<?> run) {
        if (issuer.keys().isEmpty() && rules.signatureOptional()) {
            return true;
        }
        boolean verified = SignatureVerifier.verifiesWithAny(jws, issuer.keys());
        run.signatureVerified(verified);
        return verified || !run.refuse(AssertionOutcome.SIGNATURE_INVALID,
                "signature does not verify with any active certificate of the app");
    }
}
