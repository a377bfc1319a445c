package dev.signet.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.jose.JwtAssertion;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.admin.NewApp;
import dev.signet.server.admin.NewUser;
import dev.signet.server.model.ConnectedApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A real server and a real HTTP client, and the helpers the tests use on them: apps, users,
 * assertions, token requests, plain and admin-API HTTP calls. {@link TestServer} is one;
 * {@link SignetServerExtension} is one for the server it runs.
 */
public interface ServerFixture {
    /** The profile of {@link #createUser()}'s users, pre-authorized by {@link #createApp()}'s apps. */
    String PROFILE = "Integration";
    String ADMIN_SECRET = "test-admin-secret";
    String JWT_BEARER_GRANT = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer";

    SignetServer server();

    Path dataDir();

    /** Sends a request, the body read as UTF-8 text. */
    HttpResponse<String> send(HttpRequest request);

    /** Sends a request with {@code http}, the body read as UTF-8 text; I/O errors unchecked. */
    static HttpResponse<String> sendWith(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    default String baseUrl() {
        return server().baseUrl();
    }

    /** An admin-approved app with the test certificate that pre-authorizes {@link #PROFILE}. */
    default ConnectedApp createApp(UnaryOperator<NewApp> customize) {
        NewApp app = NewApp.builder().name("app-" + UUID.randomUUID()).certificate(TestKeys.bytes(TestKeys.SERVER_CRT))
                .profiles(Set.of(PROFILE)).build();
        return server().admin().createApp(customize.apply(app));
    }

    default ConnectedApp createApp() {
        return createApp(UnaryOperator.identity());
    }

    /** A user with profile {@link #PROFILE}. */
    default String createUser() {
        String username = "user-" + UUID.randomUUID() + "@signet.test";
        server().admin().createUser(new NewUser(username, null, "Test", "User", PROFILE, Set.of()));
        return username;
    }

    /** An assertion builder for the app and user, aud = this server, exp = now + 3 min. */
    default JwtAssertion.Builder assertion(ConnectedApp app, String username) {
        return JwtAssertion.builder().issuer(app.consumerKey()).subject(username).audience(baseUrl())
                .expiresAt(Instant.now().plusSeconds(180)).issuedAt(Instant.now());
    }

    /** POSTs a JWT-bearer token request with the assertion signed by the test key. */
    default HttpResponse<String> token(JwtAssertion assertion) {
        return token(assertion.sign(TestKeys.serverKey()));
    }

    /** POSTs a JWT-bearer token request with an assertion already signed. */
    default HttpResponse<String> token(String signedAssertion) {
        return postForm("/services/oauth2/token", JWT_BEARER_GRANT + "&assertion=" + signedAssertion);
    }

    /** The token response (asserted 200) of a JWT-bearer login of the user to the app. */
    default JsonNode login(ConnectedApp app, String username) {
        HttpResponse<String> response = token(assertion(app, username).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.json(response);
    }

    default HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** GETs a path of this server or a whole URL, with the bearer token unless it is null. */
    default HttpResponse<String> get(String pathOrUrl, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(request.GET().build());
    }

    /** A call of the admin JSON API ({@code /admin/api} + path) with the admin secret; json may be null. */
    default HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/admin/api" + path))
                .header("Authorization", "Bearer " + ADMIN_SECRET);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    default HttpResponse<String> adminGet(String path) {
        return admin("GET", path, null);
    }

    default HttpResponse<String> adminPost(String path, String json) {
        return admin("POST", path, json);
    }

    /** A path of this server, or a whole URL as it is. */
    default URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl() + pathOrUrl);
    }
}
