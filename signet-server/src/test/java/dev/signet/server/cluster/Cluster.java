package dev.signet.server.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.core.jose.JwtAssertion;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.storage.PostgresDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Several {@link NodeProcess}es on one throw-away PostgreSQL database, sharing a cluster secret,
 * an admin secret and a public URL, as an operator runs them behind a load balancer; and the HTTP
 * calls a test makes on any one of them.
 */
final class Cluster implements AutoCloseable {
    static final String PUBLIC_URL = "https://cluster.signet.test";
    static final String ADMIN_SECRET = "cluster-test-admin-secret";
    static final String PROFILE = "Integration";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final String dbUrl;
    private final Path root;
    private final Map<String, String> env;
    private final long cacheMaxAgeSeconds;
    private final List<NodeProcess> nodes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Cluster(String dbUrl, Path root, long cacheMaxAgeSeconds) {
        this.dbUrl = dbUrl;
        this.root = root;
        this.cacheMaxAgeSeconds = cacheMaxAgeSeconds;
        this.env = Map.of("SIGNET_CLUSTER_SECRET", "cluster-test-secret-" + UUID.randomUUID(),
                "SIGNET_ADMIN_SECRET", ADMIN_SECRET);
    }

    /** Starts {@code count} nodes at once on a new, empty database. */
    static Cluster start(Path root, int count, long cacheMaxAgeSeconds) {
        Cluster cluster = new Cluster(PostgresDatabases.create(), root, cacheMaxAgeSeconds);
        List<NodeProcess.Launch> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            started.add(NodeProcess.launch(cluster.dataDir(i), cluster.dbUrl, PostgresDatabases.USER, PUBLIC_URL,
                    cacheMaxAgeSeconds, cluster.env));
        }
        for (int i = 0; i < count; i++) {
            cluster.nodes.add(NodeProcess.awaitUrl(cluster.dataDir(i), started.get(i)));
        }
        return cluster;
    }

    String dbUrl() {
        return dbUrl;
    }

    NodeProcess node(int i) {
        return nodes.get(i);
    }

    int size() {
        return nodes.size();
    }

    /** Starts node {@code i} again on its data directory (after it was killed or stopped). */
    void restart(int i) {
        NodeProcess.Launch p = NodeProcess.launch(dataDir(i), dbUrl, PostgresDatabases.USER, PUBLIC_URL, cacheMaxAgeSeconds, env);
        nodes.set(i, NodeProcess.awaitUrl(dataDir(i), p));
    }

    private Path dataDir(int i) {
        return root.resolve("node" + i);
    }

    /** A signed JWT-bearer assertion for the app and user, aud = the public URL, a fresh jti. */
    static String assertion(String consumerKey, String username) {
        return JwtAssertion.builder().issuer(consumerKey).subject(username).audience(PUBLIC_URL)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(180)).jwtId(UUID.randomUUID().toString())
                .build().sign(TestKeys.serverKey());
    }

    HttpResponse<String> token(int node, String assertion) {
        return send(HttpRequest.newBuilder(uri(node, "/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=" + enc(GRANT) + "&assertion=" + enc(assertion)))
                .build());
    }

    HttpResponse<String> get(int node, String path, String bearer, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).header("Authorization", "Bearer " + bearer);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.GET().build());
    }

    /** The status of a data API call with the token on a node: 200 while it is valid, 401 once it is not. */
    int check(int node, String token) {
        return get(node, "/services/data/v60.0/limits", token).statusCode();
    }

    HttpResponse<String> post(int node, String path, String bearer, String json) {
        return send(HttpRequest.newBuilder(uri(node, path)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** An admin API call ({@code /admin/api} + path) on a node; asserts a 2xx answer. */
    JsonNode admin(int node, String path, String json) {
        HttpResponse<String> response = post(node, "/admin/api" + path, ADMIN_SECRET, json == null ? "{}" : json);
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("admin " + path + " on node " + node + ": " + response.statusCode() + " "
                    + response.body());
        }
        return json(response);
    }

    /** A new app pre-authorizing {@link #PROFILE}, with the test certificate; returns its consumer key. */
    String createApp(int node, boolean jwtAccessTokens) {
        String pem = new String(TestKeys.bytes(TestKeys.SERVER_CRT), StandardCharsets.US_ASCII);
        return admin(node, "/apps", JSON.createObjectNode().put("name", "app-" + UUID.randomUUID())
                .put("certificate", pem).put("jwtAccessTokens", jwtAccessTokens)
                .set("profiles", JSON.createArrayNode().add(PROFILE)).toString()).get("consumerKey").asText();
    }

    /** A new user with {@link #PROFILE}; returns the username. */
    String createUser(int node) {
        String username = "user-" + UUID.randomUUID() + "@cluster.test";
        admin(node, "/users", JSON.createObjectNode().put("username", username).put("lastName", "User")
                .put("profile", PROFILE).toString());
        return username;
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(int node, String path) {
        return URI.create(nodes.get(node).url() + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Stops every node (SIGTERM) and drops the database. */
    @Override
    public void close() {
        nodes.forEach(NodeProcess::close);
        PostgresDatabases.drop(dbUrl);
    }
}
