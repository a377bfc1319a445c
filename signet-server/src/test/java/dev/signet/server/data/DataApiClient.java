package dev.signet.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.TestServer;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.storage.PostgresDatabases;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * A real server (embedded H2 or a throw-away PostgreSQL database) with a logged-in user, and the
 * data API calls the tests make: paths without a leading slash are relative to
 * {@code /services/data/v66.0/}.
 */
public final class DataApiClient implements AutoCloseable {
    public static final String VERSION = "66.0";
    public static final String API = "/services/data/v" + VERSION;
    public static final String ADMIN_SECRET = "test-admin-secret";

    /** Which database the server runs on. */
    public enum Db { H2, POSTGRES }

    private final TestServer server;
    private final String pgUrl;
    private final String username;
    private final String token;
    private final JsonNode login;

    private DataApiClient(TestServer server, String pgUrl) {
        this.server = server;
        this.pgUrl = pgUrl;
        this.username = server.createUser();
        this.login = login(server.createApp(), username);
        this.token = login.get("access_token").asText();
    }

    public static DataApiClient start(Db db, UnaryOperator<ServerConfig.Builder> customize) {
        if (db == Db.H2) {
            TestServer server = TestServer.start(customize);
            assertThat(server.server().databaseKind()).isEqualTo("h2");
            return new DataApiClient(server, null);
        }
        String url = PostgresDatabases.create();
        try {
            TestServer server = TestServer.start(b -> customize.apply(b.dbUrl(url).dbUser(PostgresDatabases.USER)));
            assertThat(server.server().databaseKind()).isEqualTo("postgresql");
            return new DataApiClient(server, url);
        } catch (RuntimeException | Error e) {
            PostgresDatabases.drop(url);
            throw e;
        }
    }

    public TestServer server() {
        return server;
    }

    public String token() {
        return token;
    }

    public String username() {
        return username;
    }

    /** The token response of the logged-in user ({@code id}, {@code access_token}…). */
    public JsonNode login() {
        return login;
    }

    /** Logs in another user of an app, for tests of scopes. */
    public JsonNode login(ConnectedApp app, String user) {
        HttpResponse<String> response = server.token(server.assertion(app, user).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.json(response);
    }

    public HttpResponse<String> get(String path) {
        return server.get(url(path), token);
    }

    public HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token);
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return server.send(b.method(method, body).build());
    }

    /** {@code GET query?q=…} (URL-encoded). */
    public HttpResponse<String> query(String soql) {
        return get("query?q=" + encode(soql));
    }

    /** The JSON of a 200 query answer. */
    public JsonNode queryOk(String soql) {
        HttpResponse<String> response = query(soql);
        assertThat(response.statusCode()).as(soql + " → " + response.body()).isEqualTo(200);
        return TestServer.json(response);
    }

    /** Creates a record; returns its ID. */
    public String create(String type, String json) {
        HttpResponse<String> response = send("POST", "sobjects/" + type, json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return TestServer.json(response).get("id").asText();
    }

    public HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/admin/api" + path))
                .header("Authorization", "Bearer " + ADMIN_SECRET).header("Content-Type", "application/json");
        return server.send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The first error of a Salesforce error array, after checking the status. */
    public static JsonNode error(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = TestServer.json(response);
        assertThat(body.isArray()).as(response.body()).isTrue();
        return body.get(0);
    }

    private String url(String path) {
        return path.startsWith("http") ? path : server.baseUrl() + (path.startsWith("/") ? path : API + "/" + path);
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            if (pgUrl != null) {
                PostgresDatabases.drop(pgUrl);
            }
        }
    }
}
