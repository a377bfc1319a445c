package dev.signet.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.model.ConnectedApp;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One real server per test class, on the database the subclass picks with {@link OnDatabase},
 * with a clock the tests may move forward (by little: assertions are signed with the real time).
 * Helpers for logins, client assertions and introspection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OAuthServerTest {
    public static final String INVALID_SESSION = "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]";

    @RegisterExtension
    public static final SignetServerExtension server = SignetServerExtension.builder().clock(TestClock::realTime).build();

    /** A token response for a new user of the app. */
    protected JsonNode login(ConnectedApp app) {
        return server.login(app, server.createUser());
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

    protected static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
