package dev.signet.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.OAuthServerTest;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * JWT-based access tokens against a real server: verified offline with the published JWKS,
 * accepted by the APIs, refused after revocation, expiry and key retirement, kept valid by
 * rotation; subclasses pick the database.
 */
abstract class JwtAccessTokensContractTest extends OAuthServerTest {
    private ConnectedApp app;

    @BeforeAll
    void createApp() {
        app = server.createApp(a -> a.toBuilder().jwtAccessTokens(true).build());
    }

    SignedJWT jwt(JsonNode tokenResponse) throws Exception {
        return SignedJWT.parse(accessToken(tokenResponse));
    }

    // What a resource server does: fetch /id/keys over HTTP. (JWKSet.load(URL) would leave an idle
    // HttpURLConnection that holds up the server's graceful stop.)
    JWKSet publishedKeys() throws Exception {
        HttpResponse<String> response = server.get("/id/keys", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return JWKSet.parse(response.body());
    }

    @Test
    void tokenWhenAppUsesJwtAccessTokensThenRs256JwtVerifiableWithPublishedJwks() throws Exception {
        JsonNode token = login(app);
        SignedJWT jwt = jwt(token);

        // What sfdx-core (3 segments, header typ JWT) and jsforce (3 segments, JSON header) detect.
        assertThat(accessToken(token).split("\\.")).hasSize(3);
        JWSHeader header = jwt.getHeader();
        assertThat(header.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(header.getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(header.getCustomParam("tty")).isEqualTo("sfdc-core-token");
        RSAKey key = (RSAKey) publishedKeys().getKeyByKeyId(header.getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(key.size()).isEqualTo(2048);
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        String org = server.server().admin().org().id();
        assertThat(claims.getIssuer()).isEqualTo(server.baseUrl());
        assertThat(claims.getSubject()).isEqualTo(token.get("id").asText());
        assertThat(claims.getSubject()).endsWith("/" + claims.getStringClaim("user_id"));
        assertThat(claims.getStringClaim("organization_id")).isEqualTo(org);
        assertThat(claims.getClaim("aud")).isEqualTo(List.of(server.baseUrl()));
        assertThat(claims.getStringClaim("client_id")).isEqualTo(app.consumerKey());
        assertThat(claims.getStringClaim("scp")).isEqualTo(token.get("scope").asText());
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(120 * 60_000L);
        assertThat(claims.getNotBeforeTime()).isEqualTo(claims.getIssueTime());
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
    }

    @Test
    void jwtAccessTokenWhenUsedOnApisThenAcceptedLikeOpaqueTokens() throws Exception {
        JsonNode token = login(app);
        assertThat(identityStatus(token, accessToken(token))).isEqualTo(200);
        HttpResponse<String> userInfo = server.get("/services/oauth2/userinfo", accessToken(token));
        assertThat(userInfo.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(userInfo).get("sub").asText()).isEqualTo(jwt(token).getJWTClaimsSet().getSubject());
        JsonNode introspection = TestServer.json(introspect(app, accessToken(token)));
        assertThat(introspection.get("active").asBoolean()).isTrue();
        assertThat(introspection.get("exp").asLong())
                .isEqualTo(jwt(token).getJWTClaimsSet().getExpirationTime().getTime() / 1000);
    }

    @Test
    void jwtAccessTokenWhenRevokedThenRefused() {
        JsonNode token = login(app);
        assertThat(server.postForm("/services/oauth2/revoke", "token=" + encode(accessToken(token))).statusCode())
                .isEqualTo(200);

        HttpResponse<String> identity = server.get(token.get("id").asText(), accessToken(token));
        assertThat(identity.statusCode()).isEqualTo(401);
        assertThat(identity.body()).isEqualTo(INVALID_SESSION);
        assertThat(introspect(app, accessToken(token)).body()).isEqualTo("{\"active\":false}");
    }

    @Test
    void jwtAccessTokenWhenUserDeactivatedThenRefused() {
        String user = server.createUser();
        JsonNode token = TestServer.json(server.token(server.assertion(app, user).build()));
        server.server().admin().deactivate(user);
        assertThat(identityStatus(token, accessToken(token))).isEqualTo(401);
    }

    @Test
    void jwtAccessTokenWhenTamperedResignedOrUnsignedThenRefused() throws Exception {
        JsonNode token = login(app);
        SignedJWT original = jwt(token);
        String[] parts = accessToken(token).split("\\.");
        String widened = Base64URL.encode(original.getPayload().toString().replace(token.get("scope").asText(), "full")
                .getBytes(StandardCharsets.UTF_8)).toString();
        SignedJWT forged = new SignedJWT(original.getHeader(), original.getJWTClaimsSet());
        forged.sign(new RSASSASigner(TestKeys.serverKey()));
        String noKid = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build().toBase64URL() + "."
                + parts[1] + "." + parts[2];
        for (String bad : List.of(parts[0] + "." + widened + "." + parts[2], forged.serialize(),
                parts[0] + "." + parts[1] + ".", "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0." + parts[1] + ".", noKid)) {
            HttpResponse<String> response = server.get(token.get("id").asText(), bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(401);
            assertThat(response.body()).isEqualTo(INVALID_SESSION);
        }
        assertThat(identityStatus(token, accessToken(token))).isEqualTo(200);
    }

    @Test
    void jwtAccessTokenWhenExpiredThenRefused() {
        ConnectedApp shortLived = server.createApp(a -> a.toBuilder().jwtAccessTokens(true).sessionTimeoutMinutes(1)
                .build());
        JsonNode token = login(shortLived);
        assertThat(identityStatus(token, accessToken(token))).isEqualTo(200);

        server.clock().advance(Duration.ofSeconds(61));

        assertThat(identityStatus(token, accessToken(token))).isEqualTo(401);
    }

    @Test
    void rotateWhenKeyRotatedThenOldTokensStillVerifyAndNewTokensUseNewKey() throws Exception {
        JsonNode before = login(app);
        String oldKid = jwt(before).getHeader().getKeyID();

        HttpResponse<String> rotated = server.adminPost("/signing-keys/rotate", "{}");

        assertThat(rotated.statusCode()).isEqualTo(200);
        String newKid = TestServer.json(rotated).get("kid").asText();
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(TestServer.json(rotated).get("status").asText()).isEqualTo("CURRENT");
        JsonNode after = login(app);
        assertThat(jwt(after).getHeader().getKeyID()).isEqualTo(newKid);
        assertThat(identityStatus(before, accessToken(before))).isEqualTo(200);
        assertThat(identityStatus(after, accessToken(after))).isEqualTo(200);
        JWKSet keys = publishedKeys();
        assertThat(keys.getKeys().get(0).getKeyID()).isEqualTo(newKid);
        assertThat(keys.getKeyByKeyId(oldKid)).isNotNull();
        assertThat(jwt(before).verify(new RSASSAVerifier((RSAKey) keys.getKeyByKeyId(oldKid)))).isTrue();
    }

    @Test
    void retireWhenOldKeyRetiredThenItsTokensAreRefusedAndItLeavesJwks() throws Exception {
        JsonNode before = login(app);
        String oldKid = jwt(before).getHeader().getKeyID();
        String newKid = TestServer.json(server.adminPost("/signing-keys/rotate", "{}")).get("kid").asText();

        HttpResponse<String> current = server.adminPost("/signing-keys/" + newKid + "/retire", "{}");
        assertThat(current.statusCode()).isEqualTo(409);
        assertThat(TestServer.json(current).get("error").asText()).isEqualTo("conflict");
        assertThat(server.adminPost("/signing-keys/nope/retire", "{}").statusCode()).isEqualTo(404);

        HttpResponse<String> retired = server.adminPost("/signing-keys/" + oldKid + "/retire", "{}");

        assertThat(retired.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(retired).get("status").asText()).isEqualTo("RETIRED");
        assertThat(server.adminPost("/signing-keys/" + oldKid + "/retire", "{}").statusCode()).isEqualTo(409);
        HttpResponse<String> identity = server.get(before.get("id").asText(), accessToken(before));
        assertThat(identity.statusCode()).isEqualTo(401);
        assertThat(identity.body()).isEqualTo(INVALID_SESSION);
        assertThat(publishedKeys().getKeyByKeyId(oldKid)).isNull();
        JsonNode list = TestServer.json(server.adminGet("/signing-keys"));
        assertThat(list.findValuesAsText("kid")).contains(oldKid, newKid);
        JsonNode after = login(app);
        assertThat(identityStatus(after, accessToken(after))).isEqualTo(200);
    }

    @Test
    void adminApiWhenAppCreatedWithJwtAndIntrospectAllThenSettingsShown() {
        String pem = new String(TestKeys.bytes(TestKeys.SERVER_CRT), StandardCharsets.US_ASCII);
        HttpResponse<String> created = server.adminPost("/apps", "{\"name\":\"jwt-" + System.nanoTime()
                + "\",\"certificate\":" + quote(pem) + ",\"profiles\":[\"" + TestServer.PROFILE
                + "\"],\"jwtAccessTokens\":true,\"introspectAllTokens\":true}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode json = TestServer.json(created);
        assertThat(json.get("jwtAccessTokens").asBoolean()).isTrue();
        assertThat(json.get("introspectAllTokens").asBoolean()).isTrue();
        ConnectedApp fromApi = server.server().admin().app(json.get("consumerKey").asText());
        assertThat(accessToken(login(fromApi)).split("\\.")).hasSize(3);
        assertThat(TestServer.json(server.adminGet("/apps/" + fromApi.consumerKey())).get("jwtAccessTokens").asBoolean())
                .isTrue();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\n", "\\n") + "\"";
    }
}
