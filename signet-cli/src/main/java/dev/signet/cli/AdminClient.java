package dev.signet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.function.Function;

/**
 * Calls the admin JSON API of a running server. The server is found by {@code --url} or by
 * {@code DATA/server.json}; the secret comes from {@code SIGNET_ADMIN_SECRET} or
 * {@code DATA/admin-secret}.
 */
final class AdminClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String secret;

    private AdminClient(String baseUrl, String secret) {
        this.baseUrl = baseUrl;
        this.secret = secret;
    }

    static AdminClient locate(String url, Path dataDir, Function<String, String> env) {
        String base = url != null ? url : ServerInfo.readUrl(dataDir);
        if (base == null) {
            throw new CliException("no running server found: " + dataDir.resolve(ServerInfo.FILE_NAME)
                    + " does not exist. Start one with './signet server --data " + dataDir + "' or pass --url.");
        }
        String secret = env.apply("SIGNET_ADMIN_SECRET");
        if (secret == null || secret.isBlank()) {
            Path file = dataDir.resolve(AdminSecret.FILE_NAME);
            try {
                secret = Files.readString(file, StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new CliException("no admin secret: set SIGNET_ADMIN_SECRET or pass --data pointing at the "
                        + "server's data directory (" + file + " is not readable)");
            }
        }
        return new AdminClient(base.endsWith("/") ? base.substring(0, base.length() - 1) : base, secret);
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    JsonNode post(String path, JsonNode body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    static ObjectMapper json() {
        return JSON;
    }

    private URI uri(String path) {
        return URI.create(baseUrl + "/admin/api" + path);
    }

    private JsonNode send(HttpRequest.Builder request) {
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
}
