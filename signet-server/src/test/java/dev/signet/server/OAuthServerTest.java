package dev.signet.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.model.ConnectedApp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One real server per test class, on the database the subclass picks, with a clock the tests
 * may move forward (by little: assertions are signed with the real time). Helpers for logins,
 * client assertions and the admin API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OAuthServerTest {
    public static final String INVALID_SESSION = "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]";
    public final MutableClock clock = new MutableClock();
    private final ServerDatabase database;
    public TestServer server;

    public OAuthServerTest(ServerDatabase database) {
        this.database = database;
    }

    @BeforeAll
    protected void startServer() {
        server = database.start(b -> b.clock(clock));
    }

    @AfterAll
    protected void stopServer() {
        if (server != null) {
            server.close();
        }
        database.cleanUp();
    }

    /** A token response for a new user of the app. */
    protected JsonNode login(ConnectedApp app) {
        HttpResponse<String> response = server.token(server.assertion(app, server.createUser()).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.json(response);
    }

    protected static String accessToken(JsonNode tokenResponse) {
        return tokenResponse.get("access_token").asText();
    }

    /** The identity call with a token: 200 while the token works, 401 after. */
    protected int identityStatus(JsonNode tokenResponse, String accessToken) {
        return server.get(tokenResponse.get("id").asText(), accessToken).statusCode();
    }

    /** A client assertion (RFC 7523 §2.2) for the app, signed with the test key, aud = the introspection URL. */
    protected String clientAssertion(ConnectedApp app) {
        return server.assertion(app, app.consumerKey()).audience(server.baseUrl() + "/services/oauth2/introspect")
                .jwtId(UUID.randomUUID().toString()).build().sign(TestKeys.serverKey());
    }

    protected HttpResponse<String> introspect(ConnectedApp caller, String token) {
        return introspectWith(clientAuth(clientAssertion(caller)) + "&token=" + encode(token));
    }

    protected HttpResponse<String> introspectWith(String form) {
        return server.postForm("/services/oauth2/introspect", form);
    }

    protected static String clientAuth(String assertion) {
        return "client_assertion_type=" + encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + assertion;
    }

    protected HttpResponse<String> adminPost(String path, String json) {
        return server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/admin/api" + path))
                .header("Authorization", "Bearer test-admin-secret").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    protected HttpResponse<String> adminGet(String path) {
        return server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/admin/api" + path))
                .header("Authorization", "Bearer test-admin-secret").GET().build());
    }

    protected static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
