package dev.signet.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.signet.core.jose.JwtAssertion;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.ServerFixture;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.LoginEvent;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The token endpoint against a real server: every applicable error row of spec §3, and success. */
class TokenEndpointTest {
    static final String GRANT = ServerFixture.JWT_BEARER_GRANT;
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    @Test
    void tokenWhenValidAssertionThenSalesforceShapedResponse() {
        HttpResponse<String> response = server.token(server.assertion().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("application/json;charset=UTF-8");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValue("no-cache,must-revalidate,max-age=0,no-store,private");
        JsonNode body = TestServer.json(response);
        String org = server.server().admin().org().id();
        String userId = server.server().admin().user(server.user()).id();
        assertThat(body.get("access_token").asText()).matches("00D\\w{12}![.\\w]{64}")
                .startsWith(org.substring(0, 15) + "!");
        assertThat(body.get("instance_url").asText()).isEqualTo(server.baseUrl());
        assertThat(body.get("id").asText()).isEqualTo(server.baseUrl() + "/id/" + org + "/" + userId);
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("scope").asText()).isEqualTo("api id web refresh_token");
        assertThat(body.has("refresh_token")).isFalse();
        assertThat(latestEvent().status()).isEqualTo("Success");
    }

    @Test
    void tokenWhenTwoRequestsThenDistinctTokens() {
        String a = TestServer.json(server.token(server.assertion().build())).get("access_token").asText();
        String b = TestServer.json(server.token(server.assertion().build())).get("access_token").asText();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void tokenWhenGrantTypeMissingOrWrongThenUnsupportedGrantType() {
        String assertion = server.assertion().build().sign(TestKeys.serverKey());
        for (String form : List.of("assertion=" + assertion, "grant_type=password&assertion=" + assertion, "")) {
            assertError(server.postForm("/services/oauth2/token", form), "unsupported_grant_type",
                    "grant type not supported");
        }
    }

    @Test
    void tokenWhenBodyIsNotAFormThenUnsupportedGrantType() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/services/oauth2/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"x\"}")).build());
        assertError(response, "unsupported_grant_type", "grant type not supported");
    }

    @Test
    void tokenWhenSignedWithAnotherKeyThenInvalidAssertion() {
        String assertion = server.assertion().build().sign(TestKeys.otherKey());
        assertError(post(assertion), "invalid_grant", "invalid assertion");
        assertThat(latestEvent().reason()).contains("signature does not verify");
    }

    @Test
    void tokenWhenAssertionIsGarbageThenInvalidAssertion() {
        for (String garbage : List.of("not-a-jwt", "a.b.c", "", "eyJhbGciOiJSUzI1NiJ9.e30")) {
            assertError(post(garbage), "invalid_grant", "invalid assertion");
        }
    }

    @Test
    void tokenWhenAlgNoneThenInvalidAssertion() {
        PlainJWT unsigned = new PlainJWT(claims());
        assertError(post(unsigned.serialize()), "invalid_grant", "invalid assertion");
        // The same with a forged signature part appended.
        assertError(post(unsigned.serialize() + "c2ln"), "invalid_grant", "invalid assertion");
    }

    @Test
    void tokenWhenHs256SignedWithCertificateBytesThenInvalidAssertion() throws Exception {
        SignedJWT hs = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims());
        hs.sign(new MACSigner(TestKeys.serverCertificate().getEncoded()));
        assertError(post(hs.serialize()), "invalid_grant", "invalid assertion");
        SignedJWT hsPem = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims());
        hsPem.sign(new MACSigner(TestKeys.bytes(TestKeys.SERVER_CRT)));
        assertError(post(hsPem.serialize()), "invalid_grant", "invalid assertion");
        assertThat(latestEvent().reason()).contains("alg HS256");
    }

    @Test
    void tokenWhenOtherRsaAlgorithmThenInvalidAssertion() throws Exception {
        SignedJWT rs384 = new SignedJWT(new JWSHeader(JWSAlgorithm.RS384), claims());
        rs384.sign(new RSASSASigner(TestKeys.serverKey()));
        assertError(post(rs384.serialize()), "invalid_grant", "invalid assertion");
    }

    @Test
    void tokenWhenIssuerUnknownThenInvalidClientId() {
        assertError(server.token(server.assertion().issuer("3MVG9unknown").build()), "invalid_client_id",
                "client identifier invalid");
    }

    @Test
    void tokenWhenAudienceWrongThenAudienceIsInvalid() {
        assertError(server.token(server.assertion().audience("https://evil.example.com").build()),
                "invalid_grant", "audience is invalid");
        assertThat(latestEvent().status()).isEqualTo("Failed: Audience is invalid");
    }

    @Test
    void tokenWhenAudienceIsAnAcceptedFormThenOk() {
        for (String aud : List.of(server.baseUrl() + "/", server.baseUrl() + "/services/oauth2/token",
                "https://login.salesforce.com", "https://test.salesforce.com/")) {
            assertThat(server.token(server.assertion().audience(aud).build()).statusCode())
                    .as("aud %s", aud).isEqualTo(200);
        }
    }

    @Test
    void tokenWhenExpInThePastThenExpiredAuthorizationCode() {
        assertError(server.token(server.assertion().expiresAt(Instant.now().minusSeconds(600)).build()),
                "invalid_grant", "expired authorization code");
    }

    @Test
    void tokenWhenExpJustPastWithinClockSkewThenOk() {
        assertThat(server.token(server.assertion().expiresAt(Instant.now().minusSeconds(60)).build())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void tokenWhenExpInMillisecondsOrNumericStringThenOk() throws Exception {
        long nowSeconds = Instant.now().getEpochSecond();
        // @salesforce/core sends Date.now() + 300: milliseconds.
        assertThat(post(rs256(Map.of("iss", server.app().consumerKey(), "sub", server.user(), "aud", server.baseUrl() + "/",
                "exp", nowSeconds * 1000 + 300, "iat", nowSeconds))).statusCode()).isEqualTo(200);
        // simple-salesforce sends exp as a string.
        assertThat(post(rs256(Map.of("iss", server.app().consumerKey(), "sub", server.user(), "aud", server.baseUrl(),
                "exp", Long.toString(nowSeconds + 180)))).statusCode()).isEqualTo(200);
    }

    @Test
    void tokenWhenExpMissingOrNotANumberThenInvalidAssertion() throws Exception {
        assertError(post(rs256(Map.of("iss", server.app().consumerKey(), "sub", server.user(), "aud", server.baseUrl()))),
                "invalid_grant", "invalid assertion");
        assertError(post(rs256(Map.of("iss", server.app().consumerKey(), "sub", server.user(), "aud", server.baseUrl(),
                "exp", "soon"))),
                "invalid_grant", "invalid assertion");
    }

    @Test
    void tokenWhenPrnGivenThenPrnWinsOverSub() throws Exception {
        long exp = Instant.now().getEpochSecond() + 180;
        assertThat(post(rs256(Map.of("iss", server.app().consumerKey(), "prn", server.user(), "sub", "nobody@signet.test",
                "aud", server.baseUrl(), "exp", exp))).statusCode()).isEqualTo(200);
        assertThat(post(rs256(Map.of("iss", server.app().consumerKey(), "prn", server.user(), "aud", server.baseUrl(),
                "exp", exp))).statusCode()).isEqualTo(200);
    }

    @Test
    void tokenWhenUserUnknownThenNotApproved() {
        assertError(server.token(server.assertion(server.app(), "nobody@signet.test").build()), "invalid_grant",
                "user hasn't approved this consumer");
    }

    @Test
    void tokenWhenUserInactiveThenInactiveUser() {
        String inactive = server.createUser();
        server.server().admin().deactivate(inactive);
        assertError(server.token(server.assertion(server.app(), inactive).build()), "invalid_grant", "inactive user");
        assertThat(latestEvent().status()).isEqualTo("User is Inactive");
    }

    @Test
    void tokenWhenProfileNotPreAuthorizedThenInvalidAppAccessUntilGranted() {
        ConnectedApp other = server.createApp(a -> a.toBuilder().profiles(Set.of("Someone Else")).build());
        assertError(server.token(server.assertion(other, server.user()).build()), "invalid_app_access",
                "user is not admin approved to access this app");
        assertThat(latestEvent().status()).isEqualTo("Failed: Not approved for access");

        server.server().admin().grant(other.consumerKey(), TestServer.PROFILE, null);
        assertThat(server.token(server.assertion(other, server.user()).build()).statusCode()).isEqualTo(200);
    }

    @Test
    void tokenWhenPermissionSetPreAuthorizedThenOk() {
        ConnectedApp byPermissionSet = server.createApp(a -> a.toBuilder().profiles(Set.of())
                .permissionSets(Set.of("API Integration")).build());
        String withSet = "ps-" + System.nanoTime() + "@signet.test";
        server.server().admin().createUser(new dev.signet.server.admin.NewUser(withSet, null, null, "PS", "Other",
                Set.of("API Integration")));
        assertThat(server.token(server.assertion(byPermissionSet, withSet).build()).statusCode()).isEqualTo(200);
        assertError(server.token(server.assertion(byPermissionSet, server.user()).build()), "invalid_app_access",
                "user is not admin approved to access this app");
    }

    @Test
    void tokenWhenSelfAuthorizeAndNotApprovedThenNotApprovedUntilApproved() {
        ConnectedApp self = server.createApp(a -> a.toBuilder().selfAuthorize(true).profiles(Set.of()).build());
        assertError(server.token(server.assertion(self, server.user()).build()), "invalid_grant",
                "user hasn't approved this consumer");

        server.server().admin().approve(self.consumerKey(), server.user(), List.of());
        HttpResponse<String> ok = server.token(server.assertion(self, server.user()).build());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(ok).get("scope").asText()).contains("refresh_token");
    }

    @Test
    void tokenWhenSelfAuthorizeApprovalLacksRefreshTokenThenNotApproved() {
        ConnectedApp self = server.createApp(a -> a.toBuilder().selfAuthorize(true).build());
        server.server().admin().approve(self.consumerKey(), server.user(), List.of("api", "id"));
        assertError(server.token(server.assertion(self, server.user()).build()), "invalid_grant",
                "user hasn't approved this consumer");
    }

    @Test
    void tokenWhenAppDisabledThenInvalidClientId() {
        ConnectedApp disabled = server.createApp();
        server.server().admin().setEnabled(disabled.consumerKey(), false);
        assertError(server.token(server.assertion(disabled, server.user()).build()), "invalid_client_id",
                "client identifier invalid");
    }

    @Test
    void tokenWhenJtiReplayedThenInvalidAssertionAndNoSecondToken() {
        JwtAssertion assertion = server.assertion().jwtId("jti-" + System.nanoTime()).build();
        String signed = assertion.sign(TestKeys.serverKey());
        assertThat(post(signed).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = post(signed);
        assertError(replay, "invalid_grant", "invalid assertion");
        assertThat(latestEvent().status()).isEqualTo("Failed: Invalid Nonce");
    }

    @Test
    void tokenWhenJtiUsedByAnInvalidSignatureThenGenuineAssertionStillWorks() {
        String jti = "jti-" + System.nanoTime();
        // An attacker who guesses a jti cannot burn it without the key: the signature is checked first.
        assertError(post(server.assertion().jwtId(jti).build().sign(TestKeys.otherKey())), "invalid_grant",
                "invalid assertion");
        assertThat(post(server.assertion().jwtId(jti).build().sign(TestKeys.serverKey())).statusCode())
                .isEqualTo(200);
    }

    @Test
    void tokenWhenStrictAppThenJtiRequiredAndExpBounded() {
        ConnectedApp strict = server.createApp(a -> a.toBuilder().strictAssertions(true).build());
        assertError(server.token(server.assertion(strict, server.user()).build()), "invalid_grant", "invalid assertion");
        assertThat(latestEvent().reason()).contains("no jti");
        assertError(server.token(server.assertion(strict, server.user()).jwtId("j-" + System.nanoTime())
                .expiresAt(Instant.now().plusSeconds(3600)).build()), "invalid_grant", "invalid assertion");
        assertThat(latestEvent().reason()).contains("more than 5 min");
        assertThat(server.token(server.assertion(strict, server.user()).jwtId("j-" + System.nanoTime()).build())
                .statusCode())
                .isEqualTo(200);
    }

    @Test
    void tokenWhenJtiLongerThanTheColumnThenInvalidAssertionAndRecorded() {
        String jti = "j".repeat(300);
        assertError(server.token(server.assertion().jwtId(jti).build()), "invalid_grant", "invalid assertion");
        assertThat(latestEvent().status()).isEqualTo("Failed: Invalid assertion");
        assertThat(latestEvent().reason()).contains("jti is 300 characters long");
        assertThat(server.token(server.assertion().jwtId("j".repeat(255)).build()).statusCode()).isEqualTo(200);
    }

    @Test
    void tokenWhenPayloadIsNotAJsonObjectThenInvalidAssertionAndRecorded() throws Exception {
        for (String payload : List.of("[1]", "\"x\"", "42", "null", "not json")) {
            assertError(post(rs256Payload(payload)), "invalid_grant", "invalid assertion");
            assertThat(latestEvent().status()).as(payload).isEqualTo("Failed: Invalid assertion");
            assertThat(latestEvent().reason()).as(payload).contains("not a JSON object");
        }
    }

    @Test
    void tokenWhenExpFarInTheFutureThenNotExpired() throws Exception {
        for (Object exp : List.<Object>of(1e300, Long.MAX_VALUE, "9223372036854775807")) {
            assertThat(post(rs256(Map.of("iss", server.app().consumerKey(), "sub", server.user(), "aud", server.baseUrl(), "exp", exp,
                    "jti", "far-" + System.nanoTime()))).statusCode()).as("exp %s", exp).isEqualTo(200);
        }
    }

    @Test
    void tokenWhenExpFarInThePastThenExpired() throws Exception {
        for (Object exp : List.<Object>of(-1e300, Long.MIN_VALUE)) {
            assertError(post(rs256(Map.of("iss", server.app().consumerKey(), "sub", server.user(), "aud", server.baseUrl(), "exp", exp))),
                    "invalid_grant", "expired authorization code");
            assertThat(latestEvent().status()).isEqualTo("Failed: Assertion expired");
        }
    }

    @Test
    void tokenWhenNbfFarInThePastThenOkAndFarInTheFutureThenInvalidAssertion() throws Exception {
        long exp = Instant.now().getEpochSecond() + 180;
        for (Object nbf : List.<Object>of(-1e300, Long.MIN_VALUE)) {
            assertThat(post(rs256(Map.of("iss", server.app().consumerKey(), "sub", server.user(), "aud", server.baseUrl(), "exp", exp,
                    "nbf", nbf))).statusCode()).as("nbf %s", nbf).isEqualTo(200);
        }
        for (Object nbf : List.<Object>of(1e300, Long.MAX_VALUE)) {
            assertError(post(rs256(Map.of("iss", server.app().consumerKey(), "sub", server.user(), "aud", server.baseUrl(), "exp", exp,
                    "nbf", nbf))), "invalid_grant", "invalid assertion");
            assertThat(latestEvent().reason()).contains("nbf is");
        }
    }

    @Test
    void tokenWhenStrictAppAndExpFarInTheFutureThenInvalidAssertion() throws Exception {
        ConnectedApp strict = server.createApp(a -> a.toBuilder().strictAssertions(true).build());
        assertError(post(rs256(Map.of("iss", strict.consumerKey(), "sub", server.user(), "aud", server.baseUrl(),
                "exp", Long.MAX_VALUE, "jti", "s-" + System.nanoTime()))), "invalid_grant", "invalid assertion");
        assertThat(latestEvent().reason()).contains("more than 5 min");
    }

    @Test
    void tokenWhenExtraParametersThenTolerated() {
        String assertion = server.assertion().build().sign(TestKeys.serverKey());
        HttpResponse<String> response = server.postForm("/services/oauth2/token", GRANT + "&assertion=" + assertion
                + "&client_id=" + server.app().consumerKey() + "&client_secret=x&redirect_uri=http%3A%2F%2Fx&format=json");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void tokenWhenChunkedBodyThenAccepted() {
        String form = GRANT + "&assertion=" + server.assertion().build().sign(TestKeys.serverKey());
        byte[] bytes = form.getBytes(StandardCharsets.US_ASCII);
        // A publisher of unknown length makes the JDK client send Transfer-Encoding: chunked, as Node's fetch does.
        HttpRequest.BodyPublisher chunked = new HttpRequest.BodyPublisher() {
            private final HttpRequest.BodyPublisher delegate = HttpRequest.BodyPublishers.ofByteArray(bytes);

            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
                delegate.subscribe(subscriber);
            }
        };
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/services/oauth2/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(chunked).build());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void tokenWhenAssertionMissingThenInvalidAssertion() {
        assertError(server.postForm("/services/oauth2/token", GRANT), "invalid_grant", "invalid assertion");
    }

    @Test
    void loginHistoryNeverHoldsTheAssertionOrToken() {
        String assertion = server.assertion().build().sign(TestKeys.serverKey());
        String token = TestServer.json(post(assertion)).get("access_token").asText();
        for (LoginEvent e : server.server().admin().loginHistory(1000)) {
            assertThat(e.toString()).doesNotContain(assertion.substring(assertion.lastIndexOf('.') + 1))
                    .doesNotContain(token.substring(16));
        }
    }

    static HttpResponse<String> post(String assertion) {
        return server.token(assertion);
    }

    static void assertError(HttpResponse<String> response, String error, String description) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("application/json;charset=UTF-8");
        assertThat(response.body()).isEqualTo("{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}");
    }

    static LoginEvent latestEvent() {
        return server.server().admin().loginHistory(1).get(0);
    }

    /** The claims of a valid assertion of the class's user for its app. */
    static JWTClaimsSet claims() {
        return claims(server.app().consumerKey(), server.user(), server.baseUrl());
    }

    static JWTClaimsSet claims(String iss, String sub, String aud) {
        return new JWTClaimsSet.Builder().issuer(iss).subject(sub).audience(aud)
                .expirationTime(Date.from(Instant.now().plusSeconds(180))).build();
    }

    /** Signs raw claims (any JSON types) with RS256, for the lenient-claim cases. */
    static String rs256(Map<String, Object> claims) throws Exception {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build();
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(claims);
        com.nimbusds.jose.JWSObject jws = new com.nimbusds.jose.JWSObject(header, new com.nimbusds.jose.Payload(json));
        jws.sign(new RSASSASigner(TestKeys.serverKey()));
        return jws.serialize();
    }

    /** Signs a raw payload (any JSON, or none) with RS256. */
    static String rs256Payload(String payload) throws Exception {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build();
        com.nimbusds.jose.JWSObject jws = new com.nimbusds.jose.JWSObject(header, new com.nimbusds.jose.Payload(payload));
        jws.sign(new RSASSASigner(TestKeys.serverKey()));
        return jws.serialize();
    }

    static String b64(String s) {
        return Base64URL.encode(s).toString();
    }
}
