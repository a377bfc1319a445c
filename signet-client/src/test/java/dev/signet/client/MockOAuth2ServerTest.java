package dev.signet.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.signet.core.keys.TestKeys;
import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.TestClock;
import java.net.URI;
import java.time.Duration;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client against a second RFC 7523 server no one here wrote: NAV's mock-oauth2-server. It
 * answers with {@code expires_in} (Salesforce does not), which the cache must use.
 */
class MockOAuth2ServerTest {
    private static final String ISSUER_ID = "signet";
    private static final String USERNAME = "integration@acme.example";
    private static MockOAuth2Server mock;

    @BeforeAll
    static void start() {
        mock = new MockOAuth2Server();
        mock.start();
    }

    @AfterAll
    static void stop() {
        mock.shutdown();
    }

    private static JwtBearerClient.Builder client() {
        URI tokenEndpoint = URI.create(mock.tokenEndpointUrl(ISSUER_ID).toString());
        return JwtBearerClient.builder()
                .loginUrl(mock.issuerUrl(ISSUER_ID).toString())
                .tokenEndpoint(tokenEndpoint)
                .audience(tokenEndpoint.toString())
                .clientId("signet-client")
                .username(USERNAME)
                .signingKey(SigningKeys.classpath("keys/" + TestKeys.SERVER_KEY, null))
                .scope("api");
    }

    @Test
    void requestTokenWhenJwtBearerGrantThenSignedAccessTokenForTheSubject() throws Exception {
        TokenResponse token = client().build().requestToken();

        SignedJWT jwt = SignedJWT.parse(token.accessToken());
        JWKSet issuerKeys = JWKSet.load(URI.create(mock.jwksUrl(ISSUER_ID).toString()).toURL());
        RSAKey issuerKey = issuerKeys.getKeys().get(0).toRSAKey();
        assertThat(jwt.verify(new RSASSAVerifier(issuerKey))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(USERNAME);
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(mock.issuerUrl(ISSUER_ID).toString());
        assertThat(token.tokenType()).isEqualTo("Bearer");
        assertThat(token.scope()).isEqualTo("api");
        assertThat(token.expiresIn()).isPositive();
    }

    @Test
    void tokenWhenServerSendsExpiresInThenCacheUsesItInsteadOfSessionLifetime() {
        CountingTransport transport = new CountingTransport();
        TestClock clock = TestClock.now();
        CachingTokenSource tokens = CachingTokenSource.builder(client().transport(transport).build()::requestToken)
                .clock(clock).build();

        TokenResponse first = tokens.token();
        Duration lifetime = Duration.ofSeconds(first.expiresIn());
        clock.advance(lifetime.minus(CachingTokenSource.DEFAULT_REFRESH_MARGIN).minusSeconds(1));

        assertThat(lifetime).isGreaterThan(CachingTokenSource.DEFAULT_SESSION_LIFETIME);
        assertThat(tokens.token()).isSameAs(first);
        assertThat(tokens.state()).isEqualTo(CacheState.FRESH);
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.state()).isEqualTo(CacheState.STALE);
        assertThat(tokens.token().accessToken()).isNotEqualTo(first.accessToken());
        assertThat(transport.tokenRequests()).isEqualTo(2);
    }

    @Test
    void requestTokenWhenServerRefusesThenOAuthErrorParsed() {
        JwtBearerException e = catchThrowableOfType(JwtBearerException.class, () -> withoutScope().requestToken());

        assertThat(e.error()).isEqualTo("invalid_request");
        assertThat(e.description()).contains("scope must be specified");
        assertThat(e.httpStatus()).isEqualTo(400);
    }

    private static JwtBearerClient withoutScope() {
        URI tokenEndpoint = URI.create(mock.tokenEndpointUrl(ISSUER_ID).toString());
        return JwtBearerClient.builder()
                .loginUrl(mock.issuerUrl(ISSUER_ID).toString())
                .tokenEndpoint(tokenEndpoint)
                .clientId("signet-client")
                .username(USERNAME)
                .privateKey(TestKeys.serverKey())
                .build();
    }
}
