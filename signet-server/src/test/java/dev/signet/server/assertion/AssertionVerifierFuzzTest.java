package dev.signet.server.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import dev.signet.core.keys.CertificateLoader;
import dev.signet.core.keys.TestKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes the assertion verifier (scripts/fuzz.sh; the saved corpus under
 * {@code AssertionVerifierFuzzTestInputs/} runs as regression tests in every build) with the rules
 * of its three uses: the JWT bearer grant, client authentication and offline inspection.
 * Invariants: every input gets a verdict (refusals are verdicts, never exceptions); an assertion is
 * accepted only when our key signed exactly its header and payload with RS256, and only when its
 * claims pass the rules, checked here independently of the verifier.
 */
class AssertionVerifierFuzzTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String BASE = "https://signet.example";
    private static final String ENDPOINT = BASE + "/services/oauth2/introspect";
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Duration SKEW = Duration.ofSeconds(180);
    private static final Duration FIVE_MIN = Duration.ofMinutes(5);
    private static final AudiencePolicy AUDIENCES = new AudiencePolicy(BASE, List.of("https://login.example"));
    private static final RSAPublicKey KEY = CertificateLoader.rsaPublicKey(TestKeys.serverCertificate());
    private static final RSASSASigner SIGNER = new RSASSASigner(TestKeys.serverKey());

    private static final AssertionVerifier GRANT =
            new AssertionVerifier(AssertionRules.jwtBearerGrant(AUDIENCES, SKEW, FIVE_MIN), CLOCK);
    private static final AssertionVerifier CLIENT = new AssertionVerifier(
            AssertionRules.clientAuthentication(AUDIENCES, ENDPOINT, SKEW, FIVE_MIN), CLOCK);
    private static final AssertionVerifier OFFLINE =
            new AssertionVerifier(AssertionRules.offlineInspection(SKEW), CLOCK);

    /** Issuers by name, so that inputs reach each kind: strict, disabled, keyless, unknown. */
    private static final IssuerLookup<String> ISSUERS = iss -> switch (iss) {
        case "strict" -> Optional.of(new Issuer<>(iss, "Strict", true, true, List.of(KEY)));
        case "disabled" -> Optional.of(new Issuer<>(iss, "Disabled", false, false, List.of(KEY)));
        case "keyless" -> Optional.of(new Issuer<>(iss, "Keyless", true, false, List.of()));
        case "unknown" -> Optional.empty();
        default -> Optional.of(new Issuer<>(iss, "App", true, false, List.of(KEY)));
    };

    /** Any text as the assertion: the compact form itself is attacker-controlled. */
    @FuzzTest
    void rawAssertion(byte[] bytes) {
        verifyEveryWay(new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * Header JSON, a newline, payload JSON, optionally a newline and signature bytes, each encoded
     * as the compact form encodes it: reaches the header checks ({@code alg} tricks, {@code jwk},
     * {@code crit}) without the fuzzer having to learn base64.
     */
    @FuzzTest
    void assembledAssertion(byte[] bytes) {
        String[] parts = new String(bytes, StandardCharsets.UTF_8).split("\n", 3);
        String header = Base64URL.encode(parts[0]).toString();
        String payload = parts.length > 1 ? Base64URL.encode(parts[1]).toString() : "";
        String signature = parts.length > 2 ? Base64URL.encode(parts[2]).toString() : "";
        verifyEveryWay(header + "." + payload + "." + signature);
    }

    /** Any payload, signed for real with the app's key (RS256): the claim checks after the signature. */
    @FuzzTest
    void signedClaims(byte[] payload) throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload(payload));
        jws.sign(SIGNER);
        String assertion = jws.serialize();
        Verdict<String> grant = GRANT.verify(assertion, ISSUERS);
        if (grant.accepted()) {
            assertClaimsPass(grant.claims(), false);
        }
        Verdict<String> client = CLIENT.verify(assertion, ISSUERS);
        if (client.accepted()) {
            assertClaimsPass(client.claims(), true);
        }
        assertThat(OFFLINE.inspect(assertion, ISSUERS).refusals()).isNotNull();
    }

    private static void verifyEveryWay(String assertion) {
        for (AssertionVerifier verifier : List.of(GRANT, CLIENT)) {
            Verdict<String> verdict = verifier.verify(assertion, ISSUERS);
            assertThat(verdict.outcome()).isNotNull();
            if (verdict.accepted()) {
                assertThat(signedByOurKey(assertion)).as("accepted but not signed by the app's key: %s", assertion)
                        .isTrue();
            }
        }
        Inspection<String> inspection = OFFLINE.inspect(assertion, ISSUERS);
        assertThat(inspection.signatureVerified() && !signedByOurKey(assertion)).as("forged: %s", assertion).isFalse();
    }

    // Independent of the verifier: RS256 in the header, and the JDK's RSA check of the signature
    // over exactly the header and payload text.
    private static boolean signedByOurKey(String assertion) {
        try {
            JWSObject jws = JWSObject.parse(assertion);
            if (!JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())) {
                return false;
            }
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(KEY);
            rsa.update(jws.getSigningInput());
            return rsa.verify(jws.getSignature().decode());
        } catch (java.text.ParseException | GeneralSecurityException e) {
            return false;
        }
    }

    private static void assertClaimsPass(AssertionClaims claims, boolean client) {
        long now = NOW.getEpochSecond();
        assertThat(claims.issuer()).isNotIn("unknown", "disabled");
        assertThat(claims.audiences()).as("aud").anyMatch(a -> Arrays.asList(BASE, BASE + "/",
                BASE + "/services/oauth2/token", "https://login.example", ENDPOINT).contains(a)
                || (a.endsWith("/") && List.of(BASE, BASE + "/services/oauth2/token", "https://login.example",
                        ENDPOINT).contains(a.substring(0, a.length() - 1))));
        assertThat(claims.expiresAt()).as("exp").isNotNull();
        assertThat(now).as("not expired").isLessThanOrEqualTo(Seconds.plus(claims.expiresAt(), SKEW.toSeconds()));
        if (claims.notBefore() != null) {
            assertThat(now).as("nbf").isGreaterThanOrEqualTo(Seconds.minus(claims.notBefore(), SKEW.toSeconds()));
        }
        assertThat(claims.subject()).as("sub").isNotNull();
        if (claims.jwtId() != null) {
            assertThat(claims.jwtId().length()).isLessThanOrEqualTo(AssertionRules.MAX_JTI_LENGTH);
        }
        boolean strict = !client && "strict".equals(claims.issuer());
        if (client || strict) {
            assertThat(claims.expiresAt()).as("lifetime").isLessThanOrEqualTo(now + FIVE_MIN.toSeconds()
                    + SKEW.toSeconds());
        }
        if (strict) {
            assertThat(claims.jwtId()).as("strict jti").isNotBlank();
        }
        if (client) {
            assertThat(claims.subject()).as("client sub").isEqualTo(claims.issuer());
        }
    }
}
