package dev.signet.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.core.jose.JwtAssertion;
import dev.signet.core.keys.CertificateLoader;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.admin.NewApp;
import dev.signet.server.admin.NewUser;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.model.ConnectedApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A real server on a free port with its own data directory, plus a real HTTP client: what the
 * server tests drive. {@code SIGNET_TEST_DB_URL} (or the system property of that name) runs it
 * on an external database instead of embedded H2.
 */
public final class TestServer implements AutoCloseable {
    public static final String PROFILE = "Integration";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Path dataDir;
    private final SignetServer server;

    private TestServer(Path dataDir, SignetServer server) {
        this.dataDir = dataDir;
        this.server = server;
    }

    public static TestServer start() {
        return start(UnaryOperator.identity());
    }

    public static TestServer start(UnaryOperator<ServerConfig.Builder> customize) {
        try {
            return start(Files.createTempDirectory("signet-test"), customize);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestServer start(Path dataDir, UnaryOperator<ServerConfig.Builder> customize) {
        ServerConfig.Builder config = ServerConfig.builder().port(0).dataDir(dataDir).adminSecret("test-admin-secret");
        return new TestServer(dataDir, SignetServer.start(customize.apply(config).build()));
    }

    public SignetServer server() {
        return server;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** An admin-approved app with the test certificate that pre-authorizes {@link #PROFILE}. */
    public ConnectedApp createApp(UnaryOperator<NewApp> customize) {
        NewApp app = NewApp.builder().name("app-" + UUID.randomUUID()).certificate(TestKeys.bytes(TestKeys.SERVER_CRT))
                .profiles(Set.of(PROFILE)).build();
        return server.admin().createApp(customize.apply(app));
    }

    public ConnectedApp createApp() {
        return createApp(UnaryOperator.identity());
    }

    /** A user with profile {@link #PROFILE}. */
    public String createUser() {
        String username = "user-" + UUID.randomUUID() + "@signet.test";
        server.admin().createUser(new NewUser(username, null, "Test", "User", PROFILE, Set.of()));
        return username;
    }

    /** An assertion builder for the app and user, aud = this server, exp = now + 3 min. */
    public JwtAssertion.Builder assertion(ConnectedApp app, String username) {
        return JwtAssertion.builder().issuer(app.consumerKey()).subject(username).audience(baseUrl())
                .expiresAt(Instant.now().plusSeconds(180)).issuedAt(Instant.now());
    }

    /** POSTs a JWT-bearer token request with the assertion signed by the test key. */
    public HttpResponse<String> token(JwtAssertion assertion) {
        return postForm("/services/oauth2/token",
                "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion="
                        + assertion.sign(TestKeys.serverKey()));
    }

    public HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    public HttpResponse<String> get(String pathOrUrl, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl() + pathOrUrl));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(request.GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** The test certificate's fingerprint, for assertions on app records. */
    public static String testCertificateFingerprint() {
        return CertificateLoader.sha256Fingerprint(TestKeys.serverCertificate());
    }

    @Override
    public void close() {
        server.close();
    }
}
