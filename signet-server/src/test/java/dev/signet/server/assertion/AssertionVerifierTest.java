package dev.signet.server.assertion;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import dev.signet.core.keys.CertificateLoader;
import dev.signet.core.keys.TestKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The verifier alone: one set of checks, three rule sets, saturating times. */
class AssertionVerifierTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final long EXP = NOW.getEpochSecond() + 60;
    private static final String BASE = "https://signet.example";
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final AudiencePolicy AUDIENCES = new AudiencePolicy(BASE, List.of());
    private static final Duration SKEW = Duration.ofSeconds(180);
    private static final Duration FIVE_MIN = Duration.ofMinutes(5);

    private final AssertionVerifier grant =
            new AssertionVerifier(AssertionRules.jwtBearerGrant(AUDIENCES, SKEW, FIVE_MIN), CLOCK);

    @Test
    void verifyWhenValidThenAcceptedWithClaimsAndIssuer() {
        Verdict<String> verdict = grant.verify(sign(claims("\"sub\":\"u\",\"exp\":" + EXP)), issuer(false));

        assertThat(verdict.outcome()).isEqualTo(AssertionOutcome.ACCEPTED);
        assertThat(verdict.issuer()).isEqualTo("app");
        assertThat(verdict.subject()).isEqualTo("u");
    }

    @Test
    void verifyWhenSeveralProblemsThenFirstInOrderOnly() {
        Verdict<String> verdict = grant.verify(sign("{\"iss\":\"key\",\"aud\":\"https://evil\"}"), issuer(false));

        assertThat(verdict.outcome()).isEqualTo(AssertionOutcome.AUDIENCE_INVALID);
        assertThat(verdict.failure().status()).isEqualTo("Failed: Audience is invalid");
    }

    @Test
    void inspectWhenSeveralProblemsThenAllOfThem() {
        AssertionVerifier offline = new AssertionVerifier(AssertionRules.offlineInspection(Duration.ZERO), CLOCK);

        Inspection<String> inspection = offline.inspect(sign("{\"jti\":\"" + "j".repeat(256) + "\"}"),
                iss -> Optional.empty());

        assertThat(inspection.refusals()).extracting(Verdict::outcome).containsExactly(AssertionOutcome.ISSUER_MISSING,
                AssertionOutcome.AUDIENCE_MISSING, AssertionOutcome.EXPIRY_MISSING, AssertionOutcome.JTI_TOO_LONG,
                AssertionOutcome.SUBJECT_MISSING);
    }

    @Test
    void verifyWhenTimesAtTheEdgesOfLongThenNoOverflow() {
        for (String exp : List.of("1e300", Long.toString(Long.MAX_VALUE), "\"9223372036854775807\"")) {
            assertThat(grant.verify(sign(claims("\"sub\":\"u\",\"exp\":" + exp)), issuer(false)).outcome()).as(exp)
                    .isEqualTo(AssertionOutcome.ACCEPTED);
        }
        assertThat(grant.verify(sign(claims("\"sub\":\"u\",\"exp\":" + Long.MIN_VALUE)), issuer(false)).outcome())
                .isEqualTo(AssertionOutcome.EXPIRED);
        assertThat(grant.verify(sign(claims("\"sub\":\"u\",\"exp\":" + EXP + ",\"nbf\":" + Long.MIN_VALUE)),
                issuer(false)).outcome()).isEqualTo(AssertionOutcome.ACCEPTED);
        assertThat(grant.verify(sign(claims("\"sub\":\"u\",\"exp\":" + EXP + ",\"nbf\":1e300")), issuer(false))
                .outcome()).isEqualTo(AssertionOutcome.NOT_YET_VALID);
        assertThat(grant.verify(sign(claims("\"sub\":\"u\",\"jti\":\"j\",\"exp\":1e300")), issuer(true)).outcome())
                .isEqualTo(AssertionOutcome.LIFETIME_TOO_LONG);
    }

    @Test
    void verifyWhenClientAuthenticationThenSubMustBeIssAndEndpointIsAnAudience() {
        AssertionVerifier client = new AssertionVerifier(
                AssertionRules.clientAuthentication(AUDIENCES, BASE + "/services/oauth2/introspect", SKEW, FIVE_MIN),
                CLOCK);
        String endpointAud = "{\"iss\":\"key\",\"aud\":\"" + BASE + "/services/oauth2/introspect\",\"exp\":" + EXP;

        assertThat(client.verify(sign(endpointAud + ",\"sub\":\"key\"}"), issuer(false)).outcome())
                .isEqualTo(AssertionOutcome.ACCEPTED);
        assertThat(client.verify(sign(endpointAud + ",\"sub\":\"user\"}"), issuer(false)).outcome())
                .isEqualTo(AssertionOutcome.SUBJECT_NOT_ISSUER);
        assertThat(grant.verify(sign(endpointAud + ",\"sub\":\"key\"}"), issuer(false)).outcome())
                .isEqualTo(AssertionOutcome.AUDIENCE_INVALID);
    }

    @Test
    void verifyWhenNotAJwsOrNotAnObjectThenInvalidAssertionNotAnException() {
        for (String payload : List.of("[1]", "\"x\"", "not json")) {
            assertThat(grant.verify(sign(payload), issuer(false)).outcome()).as(payload)
                    .isEqualTo(AssertionOutcome.CLAIMS_NOT_AN_OBJECT);
        }
        assertThat(grant.verify("a.b", issuer(false)).outcome()).isEqualTo(AssertionOutcome.NOT_A_JWS);
        assertThat(grant.verify(null, issuer(false)).outcome()).isEqualTo(AssertionOutcome.NOT_A_JWS);
    }

    @Test
    void verifyWhenExplicitlyTypedThenEachTypeServesOnlyItsOwnUse() {
        AssertionVerifier client = new AssertionVerifier(
                AssertionRules.clientAuthentication(AUDIENCES, BASE + "/services/oauth2/introspect", SKEW, FIVE_MIN),
                CLOCK);
        String clientClaims = "{\"iss\":\"key\",\"sub\":\"key\",\"aud\":\"" + BASE + "/\",\"exp\":" + EXP + "}";
        String grantClaims = claims("\"sub\":\"u\",\"exp\":" + EXP);

        assertThat(client.verify(sign(clientClaims, "client-authentication+jwt"), issuer(true)).outcome())
                .isEqualTo(AssertionOutcome.ACCEPTED);
        assertThat(client.verify(sign(clientClaims, "application/client-authentication+jwt"), issuer(true)).outcome())
                .isEqualTo(AssertionOutcome.ACCEPTED);
        assertThat(grant.verify(sign(grantClaims, "client-authentication+jwt"), issuer(false)).outcome())
                .isEqualTo(AssertionOutcome.TYPE_NOT_ALLOWED);
        assertThat(grant.verify(sign(grantClaims, "at+jwt"), issuer(false)).outcome())
                .isEqualTo(AssertionOutcome.TYPE_NOT_ALLOWED);
        assertThat(client.verify(sign(clientClaims, "at+jwt"), issuer(false)).outcome())
                .isEqualTo(AssertionOutcome.TYPE_NOT_ALLOWED);
        assertThat(grant.verify(sign(grantClaims, "JWT"), issuer(false)).outcome()).isEqualTo(AssertionOutcome.ACCEPTED);
    }

    @Test
    void verifyWhenClientAssertionTypedThenTheIssuerMustBeTheOnlyAudience() {
        AssertionVerifier client = new AssertionVerifier(
                AssertionRules.clientAuthentication(AUDIENCES, BASE + "/services/oauth2/introspect", SKEW, FIVE_MIN),
                CLOCK);
        String endpoint = "{\"iss\":\"key\",\"sub\":\"key\",\"aud\":\"" + BASE + "/services/oauth2/introspect\","
                + "\"exp\":" + EXP + "}";
        String two = "{\"iss\":\"key\",\"sub\":\"key\",\"aud\":[\"" + BASE + "\",\"https://other\"],\"exp\":" + EXP + "}";

        assertThat(client.verify(sign(endpoint, "client-authentication+jwt"), issuer(false)).outcome())
                .isEqualTo(AssertionOutcome.AUDIENCE_INVALID);
        assertThat(client.verify(sign(two, "client-authentication+jwt"), issuer(false)).outcome())
                .isEqualTo(AssertionOutcome.AUDIENCE_INVALID);
        assertThat(client.verify(sign(endpoint, "JWT"), issuer(false)).outcome()).isEqualTo(AssertionOutcome.ACCEPTED);
        assertThat(client.verify(sign(endpoint, "JWT"), issuer(true)).outcome())
                .isEqualTo(AssertionOutcome.TYPE_REQUIRED);
        assertThat(client.verify(sign(endpoint), issuer(true)).outcome()).isEqualTo(AssertionOutcome.TYPE_REQUIRED);
    }

    private static String claims(String more) {
        return "{\"iss\":\"key\",\"aud\":\"" + BASE + "\"," + more + "}";
    }

    private static IssuerLookup<String> issuer(boolean strict) {
        return iss -> Optional.of(new Issuer<>("app", "App", true, strict,
                List.of(CertificateLoader.rsaPublicKey(TestKeys.serverCertificate()))));
    }

    private static String sign(String payload) {
        return sign(payload, null);
    }

    private static String sign(String payload, String typ) {
        try {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .type(typ == null ? null : new JOSEObjectType(typ)).build();
            JWSObject jws = new JWSObject(header, new Payload(payload));
            jws.sign(new RSASSASigner(TestKeys.serverKey()));
            return jws.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
