package dev.signet.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.OAuthServerTest;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * UserInfo, introspection, revocation and discovery against a real server, every answer and
 * every error shape; subclasses pick the database.
 */
abstract class OAuthEndpointsContractTest extends OAuthServerTest {
    private ConnectedApp app;

    @BeforeAll
    void createApp() {
        app = server.createApp();
    }

    // --- UserInfo ---------------------------------------------------------------------------

    @Test
    void userinfoWhenGetOrPostWithBearerTokenThenOidcFieldsOfTheUser() {
        JsonNode token = login(app);
        String[] id = token.get("id").asText().split("/");
        for (HttpResponse<String> response : List.of(server.get("/services/oauth2/userinfo", accessToken(token)),
                server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/services/oauth2/userinfo"))
                        .header("Authorization", "Bearer " + accessToken(token))
                        .POST(HttpRequest.BodyPublishers.noBody()).build()))) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            JsonNode info = TestServer.json(response);
            assertThat(info.get("sub").asText()).isEqualTo(token.get("id").asText());
            assertThat(info.get("user_id").asText()).isEqualTo(id[id.length - 1]);
            assertThat(info.get("organization_id").asText()).isEqualTo(id[id.length - 2]);
            assertThat(info.get("preferred_username").asText()).endsWith("@signet.test");
            assertThat(info.get("email").asText()).isEqualTo(info.get("preferred_username").asText());
            assertThat(info.get("name").asText()).isEqualTo("Test User");
            assertThat(info.get("given_name").asText()).isEqualTo("Test");
            assertThat(info.get("family_name").asText()).isEqualTo("User");
            assertThat(info.get("active").asBoolean()).isTrue();
            assertThat(info.get("urls").get("rest").asText()).isEqualTo(server.baseUrl() + "/services/data/v{version}/");
            assertThat(info.get("updated_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        }
    }

    @Test
    void userinfoWhenUnknownTokenThenInvalidSessionIdAndWhenNoTokenThenInvalidAuthHeader() {
        HttpResponse<String> unknown = server.get("/services/oauth2/userinfo", "00D000000000000!unknown");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(INVALID_SESSION);
        HttpResponse<String> none = server.get("/services/oauth2/userinfo", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).isEqualTo("[{\"message\":\"INVALID_AUTH_HEADER\",\"errorCode\":\"INVALID_AUTH_HEADER\"}]");
    }

    @Test
    void userinfoWhenTokenHasOnlyApiScopeThenForbiddenNot401() {
        ConnectedApp apiOnly = server.createApp(a -> a.toBuilder().scopes(List.of("api")).build());
        HttpResponse<String> response = server.get("/services/oauth2/userinfo", accessToken(login(apiOnly)));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestServer.json(response).get(0).get("errorCode").asText()).isEqualTo("INSUFFICIENT_ACCESS");
    }

    @Test
    void userinfoWhenTokenHasOnlyOpenidOrFullScopeThenAllowed() {
        for (String scope : List.of("openid", "full", "email")) {
            ConnectedApp scoped = server.createApp(a -> a.toBuilder().scopes(List.of(scope)).build());
            assertThat(server.get("/services/oauth2/userinfo", accessToken(login(scoped))).statusCode())
                    .as(scope).isEqualTo(200);
        }
    }

    // --- Introspection ----------------------------------------------------------------------

    @Test
    void introspectWhenOwnActiveTokenThenSalesforceShapedAnswer() {
        JsonNode token = login(app);
        HttpResponse<String> response = introspect(app, accessToken(token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        JsonNode body = TestServer.json(response);
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("active", "scope", "client_id", "username", "sub", "token_type", "exp",
                "iat", "nbf");
        assertThat(body.get("active").asBoolean()).isTrue();
        assertThat(body.get("scope").asText()).isEqualTo(token.get("scope").asText());
        assertThat(body.get("client_id").asText()).isEqualTo(app.consumerKey());
        assertThat(body.get("username").asText()).endsWith("@signet.test");
        assertThat(body.get("sub").asText()).isEqualTo(token.get("id").asText());
        assertThat(body.get("token_type").asText()).isEqualTo("access_token");
        assertThat(body.get("exp").asLong() - body.get("iat").asLong()).isEqualTo(120 * 60);
        assertThat(body.get("nbf").asLong()).isEqualTo(body.get("iat").asLong());
        assertThat(IntrospectionResponse.parse(response.body()).toJson()).isEqualTo(response.body());
    }

    @Test
    void introspectWhenOtherAppsTokenThenInactiveUnlessIntrospectAllTokens() {
        ConnectedApp other = server.createApp();
        ConnectedApp all = server.createApp(a -> a.toBuilder().introspectAllTokens(true).build());
        String token = accessToken(login(app));

        assertThat(introspect(other, token).body()).isEqualTo("{\"active\":false}");
        JsonNode seenByAll = TestServer.json(introspect(all, token));
        assertThat(seenByAll.get("active").asBoolean()).isTrue();
        assertThat(seenByAll.get("client_id").asText()).isEqualTo(app.consumerKey());
    }

    @Test
    void introspectWhenUnknownExpiredLookingOrRevokedTokenThenInactive() {
        String token = accessToken(login(app));
        assertThat(server.postForm("/services/oauth2/revoke", "token=" + encode(token)).statusCode()).isEqualTo(200);
        for (String t : List.of(token, "00D000000000000!nope", "a.b.c", "x")) {
            HttpResponse<String> response = introspect(app, t);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).as(t).isEqualTo("{\"active\":false}");
        }
    }

    @Test
    void introspectWhenTokenHintGivenThenIgnored() {
        String token = accessToken(login(app));
        HttpResponse<String> response = introspectWith(clientAuth(clientAssertion(app)) + "&token=" + encode(token)
                + "&token_type_hint=refresh_token");
        assertThat(TestServer.json(response).get("active").asBoolean()).isTrue();
    }

    @Test
    void introspectWhenClientNotAuthenticatedThenInvalidClient401() {
        String token = "&token=" + encode(accessToken(login(app)));
        String introspectUrl = server.baseUrl() + "/services/oauth2/introspect";
        String reused = clientAssertion(app);
        assertThat(introspectWith(clientAuth(reused) + token).statusCode()).isEqualTo(200);
        List<String> forms = List.of(
                "token=x",
                "client_id=" + encode(app.consumerKey()) + token,
                "client_assertion_type=urn%3Aother&client_assertion=" + clientAssertion(app) + token,
                clientAuth("garbage") + token,
                clientAuth(server.assertion(app, app.consumerKey()).audience(introspectUrl).build()
                        .sign(TestKeys.otherKey())) + token,
                clientAuth(server.assertion(app, "someone@else").audience(introspectUrl).build()
                        .sign(TestKeys.serverKey())) + token,
                clientAuth(server.assertion(app, app.consumerKey()).audience("https://evil.example").build()
                        .sign(TestKeys.serverKey())) + token,
                clientAuth(server.assertion(app, app.consumerKey()).audience(introspectUrl)
                        .expiresAt(java.time.Instant.now().minusSeconds(600)).build().sign(TestKeys.serverKey())) + token,
                clientAuth(server.assertion(app, app.consumerKey()).audience(introspectUrl)
                        .expiresAt(java.time.Instant.now().plusSeconds(3600)).build().sign(TestKeys.serverKey())) + token,
                clientAuth(server.assertion(app, "3MVG9unknown").issuer("3MVG9unknown").audience(introspectUrl).build()
                        .sign(TestKeys.serverKey())) + token,
                clientAuth(reused) + token,
                clientAuth(clientAssertion(app)) + "&client_id=3MVG9other" + token,
                clientAuth(clientAssertion(app)) + "&client_secret=s3cret" + token);
        for (String form : forms) {
            HttpResponse<String> response = introspectWith(form);
            assertThat(response.statusCode()).as(form).isEqualTo(401);
            assertThat(response.body()).as(form).isEqualTo("{\"error\":\"invalid_client\"}");
        }
    }

    @Test
    void introspectWhenClientIdMatchesOrAudienceIsBaseUrlThenAuthenticated() {
        String token = "&token=" + encode(accessToken(login(app)));
        String baseAud = server.assertion(app, app.consumerKey()).audience(server.baseUrl() + "/")
                .jwtId(UUID.randomUUID().toString()).build().sign(TestKeys.serverKey());
        assertThat(introspectWith(clientAuth(baseAud) + token).statusCode()).isEqualTo(200);
        String withClientId = clientAuth(clientAssertion(app)) + "&client_id=" + encode(app.consumerKey()) + token;
        assertThat(introspectWith(withClientId).statusCode()).isEqualTo(200);
    }

    @Test
    void introspectWhenAppDisabledThenInvalidClient() {
        ConnectedApp disabled = server.createApp();
        server.server().admin().setEnabled(disabled.consumerKey(), false);
        assertThat(introspect(disabled, "x").statusCode()).isEqualTo(401);
    }

    @Test
    void introspectWhenTokenMissingOrRepeatedThenInvalidRequest() {
        for (String tokens : List.of("", "&token=a&token=b", "&token=")) {
            HttpResponse<String> response = introspectWith(clientAuth(clientAssertion(app)) + tokens);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(TestServer.json(response).get("error").asText()).isEqualTo("invalid_request");
        }
    }

    // --- Revocation -------------------------------------------------------------------------

    @Test
    void revokeWhenPostedAccessTokenThenEmpty200AndTokenNoLongerWorks() {
        JsonNode token = login(app);
        assertThat(identityStatus(token, accessToken(token))).isEqualTo(200);

        HttpResponse<String> response = server.postForm("/services/oauth2/revoke", "token=" + encode(accessToken(token)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(identityStatus(token, accessToken(token))).isEqualTo(401);
        assertThat(server.get("/services/oauth2/userinfo", accessToken(token)).body()).isEqualTo(INVALID_SESSION);
    }

    @Test
    void revokeWhenBlindGetWithTokenParameterThenRevoked() {
        JsonNode token = login(app);
        HttpResponse<String> response = server.get("/services/oauth2/revoke?token=" + encode(accessToken(token)), null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(identityStatus(token, accessToken(token))).isEqualTo(401);
    }

    @Test
    void revokeWhenUnknownRevokedOrMissingTokenThenInvalidTokenAsForm() {
        String token = accessToken(login(app));
        assertThat(server.postForm("/services/oauth2/revoke", "token=" + encode(token)).statusCode()).isEqualTo(200);
        for (String form : List.of("token=" + encode(token), "token=00D000000000000%21nope", "", "token=a&token=b")) {
            HttpResponse<String> response = server.postForm("/services/oauth2/revoke", form);
            assertThat(response.statusCode()).as(form).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/x-www-form-urlencoded");
            assertThat(response.body()).isEqualTo("error=invalid_token&error_description=Token+was+invalid");
        }
    }

    @Test
    void revokeWhenClientAcceptsJsonThenJsonError() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/services/oauth2/revoke")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString("token=nope")).build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\":\"invalid_token\",\"error_description\":\"Token was invalid\"}");
    }

    @Test
    void revokeWhenHintIsNotATokenTypeThenUnsupportedTokenType() {
        String token = accessToken(login(app));
        HttpResponse<String> response = server.postForm("/services/oauth2/revoke",
                "token=" + encode(token) + "&token_type_hint=id_token");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("error=unsupported_token_type&error_description=Token+type+not+supported");
        // A refresh_token hint with an access token still revokes it (RFC 7009 §2.1: the hint is a hint).
        assertThat(server.postForm("/services/oauth2/revoke", "token=" + encode(token) + "&token_type_hint=refresh_token")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void revokeWhenAppDisabledThenAlreadyRevokedByTheBlockSoReEnablingDoesNotRevive() {
        ConnectedApp other = server.createApp();
        JsonNode token = login(other);
        server.server().admin().setEnabled(other.consumerKey(), false);
        assertThat(server.postForm("/services/oauth2/revoke", "token=" + encode(accessToken(token))).statusCode())
                .isEqualTo(400);
        server.server().admin().setEnabled(other.consumerKey(), true);
        assertThat(identityStatus(token, accessToken(token))).isEqualTo(401);
    }

    // --- Discovery --------------------------------------------------------------------------

    @Test
    void openidConfigurationWhenFetchedThenSalesforceDocumentWithThisServersUrls() throws Exception {
        HttpResponse<String> response = server.get("/.well-known/openid-configuration", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = TestServer.json(response);
        String base = server.baseUrl();
        assertThat(doc.get("issuer").asText()).isEqualTo(base);
        assertThat(doc.get("token_endpoint").asText()).isEqualTo(base + "/services/oauth2/token");
        assertThat(doc.get("userinfo_endpoint").asText()).isEqualTo(base + "/services/oauth2/userinfo");
        assertThat(doc.get("introspection_endpoint").asText()).isEqualTo(base + "/services/oauth2/introspect");
        assertThat(doc.get("revocation_endpoint").asText()).isEqualTo(base + "/services/oauth2/revoke");
        assertThat(doc.get("jwks_uri").asText()).isEqualTo(base + "/id/keys");
        assertThat(doc.has("grant_types_supported")).isFalse();
        try (InputStream in = DiscoveryEndpoint.class.getResourceAsStream("openid-configuration.json")) {
            JsonNode salesforce = new ObjectMapper().readTree(in);
            List<String> keys = new ArrayList<>();
            salesforce.fieldNames().forEachRemaining(keys::add);
            keys.add("introspection_endpoint_auth_methods_supported");
            keys.add("revocation_endpoint_auth_methods_supported");
            List<String> actual = new ArrayList<>();
            doc.fieldNames().forEachRemaining(actual::add);
            assertThat(actual).containsExactlyElementsOf(keys);
            assertThat(doc.get("scopes_supported")).isEqualTo(salesforce.get("scopes_supported"));
            assertThat(doc.get("claims_supported")).isEqualTo(salesforce.get("claims_supported"));
        }
        assertThat(doc.get("introspection_endpoint_auth_methods_supported").get(0).asText()).isEqualTo("private_key_jwt");
    }
}
