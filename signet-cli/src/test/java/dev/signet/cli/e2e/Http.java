package dev.signet.cli.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Raw HTTP against the server, the way the tutorials do it: with {@code curl} as a process when
 * it is installed, else with {@code java.net.http}. Nothing here knows the Signet client library.
 */
final class Http {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final boolean CURL = curlInstalled();
    private static final HttpClient JAVA = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {}

    /** An HTTP answer. {@code toString} redacts access tokens. */
    record Response(int status, String contentType, String body) {
        @Override
        public String toString() {
            return "HTTP " + status + " (" + contentType + ") " + Processes.redact(body);
        }
    }

    /** Whether requests go through curl (else java.net.http). */
    static boolean usesCurl() {
        return CURL;
    }

    /**
     * {@code curl -s -X POST URL -d k=v …}: an {@code application/x-www-form-urlencoded} POST.
     * Values are sent as given, like curl's {@code -d}: the caller keeps them form-safe.
     */
    static Response postForm(String url, Map<String, String> form) {
        if (CURL) {
            List<String> args = new ArrayList<>(List.of("-X", "POST", url));
            form.forEach((k, v) -> {
                args.add("-d");
                args.add(k + "=" + v);
            });
            return curl(args);
        }
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** {@code curl -s [-H NAME: VALUE]… URL}. */
    static Response get(String url, Map<String, String> headers) {
        if (CURL) {
            List<String> args = new ArrayList<>();
            headers.forEach((k, v) -> {
                args.add("-H");
                args.add(k + ": " + v);
            });
            args.add(url);
            return curl(args);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    static Response get(String url) {
        return get(url, Map.of());
    }

    /** GET with {@code Authorization: Bearer TOKEN}. */
    static Response getWithBearer(String url, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        return get(url, headers);
    }

    /** GET {@code URL?oauth_token=TOKEN}. */
    static Response getWithOauthTokenParameter(String url, String token) {
        return get(url + (url.contains("?") ? "&" : "?") + "oauth_token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private static Response curl(List<String> args) {
        try {
            Path dir = Files.createTempDirectory("signet-e2e-curl-");
            Path body = dir.resolve("body");
            Path headers = dir.resolve("headers");
            try {
                List<String> command = new ArrayList<>(List.of("curl", "-s", "-S", "--max-time",
                        String.valueOf(TIMEOUT.toSeconds()), "-o", body.toString(), "-D", headers.toString(), "-w",
                        "%{http_code}"));
                command.addAll(args);
                Processes.Result result = Processes.run(dir, command);
                if (result.exitCode() != 0) {
                    throw new AssertionError("curl failed:\n" + result);
                }
                return new Response(Integer.parseInt(result.stdout().trim()), contentType(Processes.read(headers)),
                        Processes.read(body));
            } finally {
                Files.deleteIfExists(body);
                Files.deleteIfExists(headers);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The last Content-Type of the dump (curl writes one header block per response).
    private static String contentType(String headerDump) {
        String type = null;
        for (String line : headerDump.split("\r?\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                type = line.substring("content-type:".length()).trim();
            }
        }
        return type;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = JAVA.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static boolean curlInstalled() {
        try {
            return Processes.run(Path.of(System.getProperty("java.io.tmpdir")), Duration.ofSeconds(10),
                    List.of("curl", "--version")).exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
