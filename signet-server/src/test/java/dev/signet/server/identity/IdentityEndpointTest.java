package dev.signet.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestClock;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The identity URL and the versions list against a real server. */
class IdentityEndpointTest {
    static final String INVALID_SESSION = "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]";
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    static JsonNode login(String username) {
        return server.login(server.app(), username);
    }

    @Test
    void identityWhenBearerHeaderThenUserIdentity() {
        String user = server.createUser();
        JsonNode token = login(user);

        HttpResponse<String> response = server.get(token.get("id").asText(), token.get("access_token").asText());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode id = TestServer.json(response);
        assertThat(id.get("id").asText()).isEqualTo(token.get("id").asText());
        assertThat(id.get("username").asText()).isEqualTo(user);
        assertThat(id.get("user_id").asText()).isEqualTo(server.server().admin().user(user).id());
        assertThat(id.get("organization_id").asText()).isEqualTo(server.server().admin().org().id());
        assertThat(id.get("active").asBoolean()).isTrue();
        assertThat(id.get("user_type").asText()).isEqualTo("STANDARD");
        assertThat(id.get("urls").get("rest").asText()).isEqualTo(server.baseUrl() + "/services/data/v{version}/");
    }

    @Test
    void identityWhenOauthTokenParameterAndVersionLatestThenIdentityWithVersionedUrls() {
        JsonNode token = login(server.createUser());
        String url = token.get("id").asText() + "?format=json&version=latest&oauth_token="
                + token.get("access_token").asText();

        HttpResponse<String> response = server.get(url, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(response).get("urls").get("query").asText())
                .isEqualTo(server.baseUrl() + "/services/data/v66.0/query/");
    }

    @Test
    void identityWhenFifteenCharacterIdsInPathThenSameIdentity() {
        JsonNode token = login(server.createUser());
        String[] parts = token.get("id").asText().split("/");
        String url = server.baseUrl() + "/id/" + parts[parts.length - 2].substring(0, 15) + "/"
                + parts[parts.length - 1].substring(0, 15);
        assertThat(server.get(url, token.get("access_token").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void identityWhenUnknownTokenThenInvalidSessionId() {
        JsonNode token = login(server.createUser());
        HttpResponse<String> response = server.get(token.get("id").asText(), "00D000000000000!unknown");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(INVALID_SESSION);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    }

    @Test
    void identityWhenNoTokenOrGarbledHeaderThenInvalidAuthHeader() {
        JsonNode token = login(server.createUser());
        String expected = "[{\"message\":\"INVALID_AUTH_HEADER\",\"errorCode\":\"INVALID_AUTH_HEADER\"}]";
        HttpResponse<String> none = server.get(token.get("id").asText(), null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).isEqualTo(expected);
        HttpResponse<String> garbled = server.send(HttpRequest.newBuilder(URI.create(token.get("id").asText()))
                .header("Authorization", "Basic abc").build());
        assertThat(garbled.statusCode()).isEqualTo(401);
        assertThat(garbled.body()).isEqualTo(expected);
    }

    @Test
    void identityWhenUserDeactivatedThenTokenNoLongerWorks() {
        String user = server.createUser();
        JsonNode token = login(user);
        server.server().admin().deactivate(user);

        HttpResponse<String> response = server.get(token.get("id").asText(), token.get("access_token").asText());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(INVALID_SESSION);
        // Re-activating does not resurrect the revoked token.
        server.server().admin().activate(user);
        assertThat(server.get(token.get("id").asText(), token.get("access_token").asText()).statusCode()).isEqualTo(401);
    }

    @Test
    void identityWhenAppDisabledThenTokenNoLongerWorks() {
        ConnectedApp other = server.createApp();
        String user = server.createUser();
        JsonNode token = TestServer.json(server.token(server.assertion(other, user).build()));
        server.server().admin().setEnabled(other.consumerKey(), false);
        assertThat(server.get(token.get("id").asText(), token.get("access_token").asText()).statusCode()).isEqualTo(401);
    }

    @Test
    void identityWhenSessionTimeoutPassedThenInvalidSessionId() {
        TestClock clock = TestClock.realTime();
        try (TestServer later = TestServer.start(b -> b.clock(clock))) {
            ConnectedApp shortLived = later.createApp(a -> a.toBuilder().sessionTimeoutMinutes(1).build());
            JsonNode token = TestServer.json(later.token(later.assertion(shortLived, later.createUser()).build()));
            assertThat(later.get(token.get("id").asText(), token.get("access_token").asText()).statusCode()).isEqualTo(200);

            clock.advance(java.time.Duration.ofSeconds(61));

            HttpResponse<String> expired = later.get(token.get("id").asText(), token.get("access_token").asText());
            assertThat(expired.statusCode()).isEqualTo(401);
            assertThat(expired.body()).isEqualTo(INVALID_SESSION);
        }
    }

    @Test
    void identityWhenAnotherUsersIdThenForbidden() {
        JsonNode mine = login(server.createUser());
        JsonNode theirs = login(server.createUser());
        HttpResponse<String> response = server.get(theirs.get("id").asText(), mine.get("access_token").asText());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestServer.json(response).get(0).get("errorCode").asText()).isEqualTo("BAD_ID");
    }

    @Test
    void identityWhenTokenLacksIdScopeThenForbidden() {
        ConnectedApp apiOnly = server.createApp(a -> a.toBuilder().scopes(List.of("api")).build());
        String user = server.createUser();
        JsonNode token = TestServer.json(server.token(server.assertion(apiOnly, user).build()));
        HttpResponse<String> response = server.get(token.get("id").asText(), token.get("access_token").asText());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void versionsWhenUnauthenticatedThenListOfVersions() {
        HttpResponse<String> response = server.get("/services/data", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode versions = TestServer.json(response);
        assertThat(versions.isArray()).isTrue();
        assertThat(versions.get(0).get("version").asText()).isEqualTo("20.0");
        assertThat(versions.get(0).get("label").asText()).isEqualTo("Winter '11");
        JsonNode v31 = versions.get(11);
        assertThat(v31.get("label").asText()).isEqualTo("Summer '14");
        assertThat(v31.get("url").asText()).isEqualTo("/services/data/v31.0");
        assertThat(versions.get(versions.size() - 1).get("version").asText()).matches("[1-9]\\d\\.0");
    }
}
