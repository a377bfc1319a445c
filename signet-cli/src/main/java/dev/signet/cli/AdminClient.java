package dev.signet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.signet.client.TrustedCertificates;
import dev.signet.core.urls.Urls;
import dev.signet.server.ServerInfo;
import dev.signet.server.admin.AdminSecret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Calls the admin JSON API of a running server with the shared request and response records of
 * {@code dev.signet.core.admin}. The server is found by {@code --url} or by {@code DATA/server.json};
 * the secret comes from {@code SIGNET_ADMIN_SECRET} or {@code DATA/admin-secret}.
 */
final class AdminClient {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final HttpClient http;
    private final String baseUrl;
    private final String secret;

    private AdminClient(String baseUrl, String secret, Path caCert) {
        this.baseUrl = baseUrl;
        this.secret = secret;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (caCert != null) {
            try {
                builder.sslContext(TrustedCertificates.sslContext(caCert));
            } catch (IllegalArgumentException e) {
                throw new CliException("--ca-cert: " + e.getMessage());
            }
        }
        this.http = builder.build();
    }

    static AdminClient locate(String url, Path dataDir, Function<String, String> env) {
        return locate(url, dataDir, env, null);
    }

    /** As {@link #locate(String, Path, Function)}, trusting the certificates in {@code caCert} too (null: the JDK's only). */
    static AdminClient locate(String url, Path dataDir, Function<String, String> env, Path caCert) {
        String base = url != null ? url : ServerInfo.readUrl(dataDir);
        if (base == null) {
            throw new CliException("no running server found: " + dataDir.resolve(ServerInfo.FILE_NAME)
                    + " does not exist. Start one with './signet server --data " + dataDir + "' or pass --url.");
        }
        return new AdminClient(Urls.withoutTrailingSlash(base), secret(dataDir, env), caCert);
    }

    private static String secret(Path dataDir, Function<String, String> env) {
        String secret = env.apply("SIGNET_ADMIN_SECRET");
        if (secret != null && !secret.isBlank()) {
            return secret;
        }
        Path file = dataDir.resolve(AdminSecret.FILE_NAME);
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new CliException("no admin secret: set SIGNET_ADMIN_SECRET or pass --data pointing at the "
                    + "server's data directory (" + file + " is not readable)");
        }
    }

    <T> T get(String path, Class<T> type) {
        return as(send(HttpRequest.newBuilder(uri(path)).GET()), JSON.constructType(type));
    }

    <T> List<T> list(String path, Class<T> type) {
        return as(send(HttpRequest.newBuilder(uri(path)).GET()),
                JSON.getTypeFactory().constructCollectionType(List.class, type));
    }

    /** POST with a request record as the body. */
    <T> T post(String path, Object request, Class<T> type) {
        String body;
        try {
            body = JSON.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + request.getClass().getSimpleName(), e);
        }
        return as(send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))), JSON.constructType(type));
    }

    /** POST of an action that takes no input ({@code …/disable}, {@code …/rotate}). */
    <T> T post(String path, Class<T> type) {
        return post(path, Map.of(), type);
    }

    /** The mapper the CLI reads and writes admin JSON with (tests read {@code --json} output with it). */
    static ObjectMapper json() {
        return JSON;
    }

    /** A record (or a list of them) as the indented JSON that {@code --json} prints. */
    static String pretty(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + "/admin/api" + path);
    }

    // The answer as the record (or list) the route returns; another server version may differ.
    private <T> T as(JsonNode body, JavaType type) {
        try {
            return JSON.treeToValue(body, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CliException("unexpected answer from " + baseUrl + ": not what this admin API route "
                    + "returns (is it a Signet server of another version?)");
        }
    }

    /** GET of a route that answers text (the org file export), not JSON. */
    String getText(String path) {
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(uri(path)).GET());
        if (response.statusCode() >= 400) {
            throw new CliException(message(response));
        }
        return response.body();
    }

    private String message(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body()).path("message").asText("HTTP " + response.statusCode());
        } catch (IOException e) {
            return "HTTP " + response.statusCode() + " from " + baseUrl;
        }
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request);
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new CliException("unexpected answer from " + baseUrl + " (HTTP " + response.statusCode() + ")");
        }
        if (response.statusCode() >= 400) {
            throw new CliException(body.path("message").asText("HTTP " + response.statusCode()));
        }
        return body;
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.header("Authorization", "Bearer " + secret).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CliException("cannot reach the server at " + baseUrl + ": " + e.getMessage()
                    + " (is it running? a stale server.json points at a stopped server)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted");
        }
        return response;
    }
}
