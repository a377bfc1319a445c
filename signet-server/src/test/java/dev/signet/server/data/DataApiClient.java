package dev.signet.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.ServerFixture;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A logged-in user of a real server and the data API calls the tests make: paths without a
 * leading slash are relative to {@code /services/data/v66.0/}.
 */
public final class DataApiClient {
    public static final String VERSION = "66.0";
    public static final String API = "/services/data/v" + VERSION;

    private final ServerFixture server;
    private final String username;
    private final String token;
    private final JsonNode login;

    /** Logs a new user of a new app in. */
    public DataApiClient(ServerFixture server) {
        this.server = server;
        this.username = server.createUser();
        this.login = server.login(server.createApp(), username);
        this.token = login.get("access_token").asText();
    }

    public ServerFixture server() {
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
        return server.login(app, user);
    }

    public HttpResponse<String> get(String path) {
        return server.get(url(path), token);
    }

    public HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(url(path))).header("Authorization", "Bearer " + token);
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
        return server.admin(method, path, json);
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
        return path.startsWith("http") || path.startsWith("/") ? path : API + "/" + path;
    }
}
