package dev.signet.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.net.ConnectException;
import java.net.URI;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class JwtBearerClientTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final KeyPair KEYS = TestKeyPairs.RSA_2048;

    private static JwtBearerClient.Builder builder() {
        return JwtBearerClient.builder()
                .loginUrl(LoginUrls.PRODUCTION)
                .clientId("3MVG9consumerKey")
                .username("integration@acme.com")
                .privateKey(KEYS.getPrivate())
                .clock(CLOCK);
    }

    private static SignedJWT parse(String assertion) throws Exception {
        return SignedJWT.parse(assertion);
    }

    @Test
    void createAssertionWhenDefaultsThenVerifiesWithPublicKey() throws Exception {
        SignedJWT jwt = parse(builder().build().createAssertion());

        assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) KEYS.getPublic()))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
    }

    @Test
    void createAssertionWhenOtherKeyThenDoesNotVerify() throws Exception {
        KeyPair other = TestKeyPairs.generate(2048);
        SignedJWT jwt = parse(builder().build().createAssertion());

        assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) other.getPublic()))).isFalse();
    }

    @Test
    void createAssertionWhenFixedClockThenClaimsInWholeSeconds() throws Exception {
        var claims = parse(builder().build().createAssertion()).getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo("3MVG9consumerKey");
        assertThat(claims.getSubject()).isEqualTo("integration@acme.com");
        assertThat(claims.getAudience()).containsExactly("https://login.salesforce.com");
        assertThat(claims.getIssueTime()).isEqualTo(Date.from(NOW));
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(NOW.plusSeconds(180)));
        assertThat(claims.toJSONObject().get("exp")).isEqualTo(NOW.getEpochSecond() + 180);
        assertThat(claims.toJSONObject().get("iat")).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.getJWTID()).isNotBlank();
    }

    @Test
    void createAssertionWhenAudienceIsSingleValueThenSerializedAsString() throws Exception {
        String payload = new String(Base64.getUrlDecoder().decode(builder().build().createAssertion().split("\\.")[1]),
                StandardCharsets.UTF_8);

        assertThat(payload).contains("\"aud\":\"https://login.salesforce.com\"");
    }

    @Test
    void createAssertionWhenClockHasMillisThenIatAndExpTruncatedToSeconds() throws Exception {
        Clock clock = Clock.fixed(NOW.plusMillis(999), ZoneOffset.UTC);
        var claims = parse(builder().clock(clock).build().createAssertion()).getJWTClaimsSet();

        assertThat(claims.getIssueTime()).isEqualTo(Date.from(NOW));
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(NOW.plusSeconds(180)));
    }

    @Test
    void createAssertionWhenLifetimeSetThenExpFollows() throws Exception {
        var claims = parse(builder().assertionLifetime(Duration.ofSeconds(60)).build().createAssertion())
                .getJWTClaimsSet();

        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(NOW.plusSeconds(60)));
    }

    @Test
    void createAssertionWhenCalledTwiceThenJwtIdsDiffer() throws Exception {
        JwtBearerClient client = builder().build();

        assertThat(parse(client.createAssertion()).getJWTClaimsSet().getJWTID())
                .isNotEqualTo(parse(client.createAssertion()).getJWTClaimsSet().getJWTID());
    }

    @Test
    void createAssertionWhenJwtIdDisabledThenNoJti() throws Exception {
        var claims = parse(builder().includeJwtId(false).build().createAssertion()).getJWTClaimsSet();

        assertThat(claims.getJWTID()).isNull();
        assertThat(claims.getClaims()).containsOnlyKeys("iss", "sub", "aud", "exp", "iat");
    }

    @Test
    void createAssertionWhenJwtIdGeneratorSetThenUsed() throws Exception {
        var claims = parse(builder().jwtIdGenerator(() -> "jti-1").build().createAssertion()).getJWTClaimsSet();

        assertThat(claims.getJWTID()).isEqualTo("jti-1");
    }

    @Test
    void buildWhenLoginUrlHasTrailingSlashThenNormalized() {
        JwtBearerClient client = builder().loginUrl("https://login.salesforce.com/").build();

        assertThat(client.loginUrl()).isEqualTo("https://login.salesforce.com");
        assertThat(client.audience()).isEqualTo("https://login.salesforce.com");
        assertThat(client.tokenEndpoint()).isEqualTo(URI.create("https://login.salesforce.com/services/oauth2/token"));
    }

    @Test
    void buildWhenLoginUrlWithoutSlashThenTokenEndpointDerived() {
        assertDerivedEndpoints(LoginUrls.SANDBOX, "https://test.salesforce.com/services/oauth2/token",
                "https://test.salesforce.com");
    }

    @Test
    void buildWhenMyDomainThenTokenEndpointOnMyDomain() {
        assertDerivedEndpoints(LoginUrls.myDomain("acme"), "https://acme.my.salesforce.com/services/oauth2/token",
                "https://acme.my.salesforce.com");
    }

    @Test
    void buildWhenSiteWithPathThenPathKept() {
        assertDerivedEndpoints("https://acme.my.site.com/customers/",
                "https://acme.my.site.com/customers/services/oauth2/token", "https://acme.my.site.com/customers");
    }

    @Test
    void buildWhenLocalServerOverHttpThenAllowed() {
        assertDerivedEndpoints("http://127.0.0.1:8080/", "http://127.0.0.1:8080/services/oauth2/token",
                "http://127.0.0.1:8080");
    }

    @Test
    void buildWhenTokenEndpointAndAudienceOverriddenThenUsed() throws Exception {
        JwtBearerClient client = builder()
                .loginUrl(LoginUrls.myDomain("acme"))
                .tokenEndpoint(URI.create("https://gateway.acme.com/oauth/token"))
                .audience(LoginUrls.PRODUCTION + "/")
                .build();

        assertThat(client.tokenEndpoint()).isEqualTo(URI.create("https://gateway.acme.com/oauth/token"));
        assertThat(parse(client.createAssertion()).getJWTClaimsSet().getAudience())
                .containsExactly("https://login.salesforce.com/");
    }

    @Test
    void toBuilderWhenLoginUrlChangedThenDerivedValuesFollow() {
        JwtBearerClient client = builder().build().toBuilder().loginUrl(LoginUrls.SANDBOX).build();

        assertThat(client.audience()).isEqualTo("https://test.salesforce.com");
        assertThat(client.tokenEndpoint()).isEqualTo(URI.create("https://test.salesforce.com/services/oauth2/token"));
        assertThat(client.username()).isEqualTo("integration@acme.com");
    }

    @Test
    void buildWhenNothingSetThenMessageNamesEveryRequiredMethod() {
        assertThatThrownBy(() -> JwtBearerClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("loginUrl(String)")
                .hasMessageContaining("clientId(String)")
                .hasMessageContaining("username(String)")
                .hasMessageContaining("privateKey(PrivateKey)");
    }

    @Test
    void buildWhenClientIdMissingThenMessageNamesClientId() {
        assertThatThrownBy(() -> JwtBearerClient.builder()
                        .loginUrl(LoginUrls.PRODUCTION)
                        .username("u@acme.com")
                        .privateKey(KEYS.getPrivate())
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clientId(String)")
                .hasMessageContaining("consumer key")
                .hasMessageNotContaining("username(String)");
    }

    @Test
    void setterWhenNullThenNullPointerNamingTheSetting() {
        assertThatThrownBy(() -> JwtBearerClient.builder().loginUrl(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("loginUrl must not be null");
        assertThatThrownBy(() -> JwtBearerClient.builder().clientId(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("clientId must not be blank");
    }

    @Test
    void buildWhenLoginUrlNotHttpThenRejected() {
        assertThatThrownBy(() -> builder().loginUrl("login.salesforce.com").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loginUrl must be an absolute https:// URL");
    }

    @Test
    void buildWhenPlainHttpToRemoteHostThenRejectedUnlessAllowed() {
        assertThatThrownBy(() -> builder().loginUrl("http://signet.example.com").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain HTTP")
                .hasMessageContaining("allowInsecureHttp()");

        assertThat(builder().loginUrl("http://signet.example.com").allowInsecureHttp().build().tokenEndpoint())
                .isEqualTo(URI.create("http://signet.example.com/services/oauth2/token"));
    }

    @Test
    void buildWhenKeyTooSmallThenRejected() {
        KeyPair weak = TestKeyPairs.generate(1024);

        assertThatThrownBy(() -> builder().privateKey(weak.getPrivate()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1024 bits");
    }

    @Test
    void buildWhenLifetimeNotPositiveThenRejected() {
        assertThatThrownBy(() -> builder().assertionLifetime(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("assertionLifetime must be positive");
    }

    @Test
    void toStringWhenBuiltThenNoKeyMaterial() {
        JwtBearerClient client = builder().build();
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) KEYS.getPrivate();

        assertThat(client.toString())
                .contains("integration@acme.com", "redacted")
                .doesNotContain(key.getPrivateExponent().toString())
                .doesNotContain(key.getPrivateExponent().toString(16))
                .doesNotContain(Base64.getEncoder().encodeToString(key.getEncoded()).substring(0, 40));
    }

    @Test
    void requestTokenWhenServerAnswersTokenThenParsed() {
        AtomicReference<Map<String, String>> sent = new AtomicReference<>();
        JwtBearerClient client = builder().transport((uri, form) -> {
            sent.set(form);
            return new HttpResult(200, Map.of(), "{\"access_token\":\"00Dxx0000001gPL!AR8\",\"instance_url\":"
                    + "\"https://acme.my.salesforce.com\",\"token_type\":\"Bearer\"}");
        }).build();

        var response = client.requestToken();

        assertThat(response.accessToken()).isEqualTo("00Dxx0000001gPL!AR8");
        assertThat(response.instanceUrl()).isEqualTo("https://acme.my.salesforce.com");
        assertThat(sent.get()).containsOnlyKeys("grant_type", "assertion")
                .containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
    }

    @Test
    void requestTokenWhenAudienceInvalidThenExceptionWithHintNamingAudience() {
        JwtBearerClient client = builder().transport((uri, form) -> new HttpResult(400, Map.of(),
                "{\"error\":\"invalid_grant\",\"error_description\":\"audience is invalid\"}")).build();

        assertThatThrownBy(client::requestToken)
                .isInstanceOfSatisfying(JwtBearerException.class, e -> {
                    assertThat(e.error()).isEqualTo("invalid_grant");
                    assertThat(e.description()).isEqualTo("audience is invalid");
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo("invalid_grant: audience is invalid");
                    assertThat(e.hint()).contains("aud=https://login.salesforce.com");
                });
    }

    @Test
    void requestTokenWhenExpiredAndServerClockAheadThenHintNamesOffset() {
        String date = "Sun, 01 Mar 2026 12:05:00 GMT";
        JwtBearerClient client = builder().transport((uri, form) -> new HttpResult(400, Map.of("date", List.of(date)),
                "{\"error\":\"invalid_grant\",\"error_description\":\"expired authorization code\"}")).build();

        assertThatThrownBy(client::requestToken)
                .isInstanceOfSatisfying(JwtBearerException.class, e -> {
                    assertThat(e.description()).isEqualTo("expired authorization code");
                    assertThat(e.hint()).contains("local clock", "300 s ahead", String.valueOf(NOW.getEpochSecond() + 180));
                });
    }

    @Test
    void requestTokenWhenHtmlNotFoundThenHttpErrorWithExcerpt() {
        JwtBearerClient client = builder().transport((uri, form) -> new HttpResult(404, Map.of(),
                "<html>\n<body>Not Found</body></html>")).build();

        assertThatThrownBy(client::requestToken)
                .isInstanceOfSatisfying(JwtBearerException.class, e -> {
                    assertThat(e.error()).isEqualTo("ERROR_HTTP_404");
                    assertThat(e.description()).isEqualTo("HTTP 404 from https://login.salesforce.com"
                            + "/services/oauth2/token: <html> <body>Not Found</body></html>");
                    assertThat(e.hint()).contains("token endpoint");
                });
    }

    @Test
    void requestTokenWhenSuccessWithoutAccessTokenThenInvalidResponseWithoutBody() {
        JwtBearerClient client = builder().transport((uri, form) -> new HttpResult(200, Map.of(), "{\"x\":1}")).build();

        assertThatThrownBy(client::requestToken)
                .isInstanceOfSatisfying(JwtBearerException.class, e -> {
                    assertThat(e.error()).isEqualTo(JwtBearerException.INVALID_RESPONSE);
                    assertThat(e.getMessage()).doesNotContain("\"x\"");
                });
    }

    @Test
    void requestTokenWhenSuccessStatusWithOAuthErrorThenThatError() {
        JwtBearerClient client = builder().transport((uri, form) -> new HttpResult(200, Map.of(),
                "{\"error\":\"invalid_grant\",\"error_description\":\"invalid assertion\"}")).build();

        assertThatThrownBy(client::requestToken)
                .isInstanceOfSatisfying(JwtBearerException.class, e -> assertThat(e.error()).isEqualTo("invalid_grant"));
    }

    @Test
    void requestTokenWhenTransportFailsThenTransportErrorNamingUrl() {
        JwtBearerClient client = builder().transport((uri, form) -> {
            throw new ConnectException("Connection refused");
        }).build();

        assertThatThrownBy(client::requestToken)
                .isInstanceOfSatisfying(JwtBearerException.class, e -> {
                    assertThat(e.error()).isEqualTo(JwtBearerException.TRANSPORT_ERROR);
                    assertThat(e.httpStatus()).isZero();
                    assertThat(e.description()).isEqualTo(
                            "cannot reach https://login.salesforce.com/services/oauth2/token: Connection refused");
                    assertThat(e.getCause()).isInstanceOf(ConnectException.class);
                });
    }

    /** The token endpoint and audience a client built with only {@code loginUrl} derives from it. */
    private void assertDerivedEndpoints(String loginUrl, String tokenEndpoint, String audience) {
        JwtBearerClient client = builder().loginUrl(loginUrl).build();

        assertThat(client.tokenEndpoint()).isEqualTo(URI.create(tokenEndpoint));
        assertThat(client.audience()).isEqualTo(audience);
    }
}
