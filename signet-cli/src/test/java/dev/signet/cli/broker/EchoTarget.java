package dev.signet.cli.broker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.HexFormat;

/**
 * A real HTTP server on loopback behind a named credential, reporting what reached it: the
 * header names, whether the bearer token is org B's (never the token itself), and the body's
 * length and SHA-256. {@code /download?N} streams N bytes back; {@code /slow} answers only when
 * released; {@code /expire-once} answers the first token it sees with Salesforce's 401
 * {@code INVALID_SESSION_ID}.
 */
final class EchoTarget implements AutoCloseable {
    volatile String rejectedToken;
    volatile String retriedToken;
    final AtomicInteger requests = new AtomicInteger();
    private final HttpServer http;
    private final String tokenPrefix;
    private final CountDownLatch release = new CountDownLatch(1);

    EchoTarget(String tokenPrefix) throws IOException {
        this.tokenPrefix = tokenPrefix;
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", this::handle);
        http.setExecutor(Executors.newFixedThreadPool(8));
        http.start();
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String token = auth == null ? "" : auth.substring("Bearer ".length());
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/expire-once") && rejectedToken == null) {
                rejectedToken = token;
                exchange.getRequestBody().readAllBytes();
                reply(exchange, 401, "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
                return;
            }
            if (path.equals("/expire-once")) {
                retriedToken = token;
            }
            if (path.equals("/slow")) {
                await();
            }
            if (path.equals("/download")) {
                download(exchange, Long.parseLong(exchange.getRequestURI().getQuery()));
                return;
            }
            echo(exchange, token);
        }
    }

    private void echo(HttpExchange exchange, String token) throws IOException {
        MessageDigest sha256 = sha256();
        long length;
        try (InputStream in = new DigestInputStream(exchange.getRequestBody(), sha256)) {
            length = in.transferTo(OutputStream.nullOutputStream());
        }
        StringBuilder names = new StringBuilder();
        exchange.getRequestHeaders().keySet().forEach(n -> names.append('"').append(n.toLowerCase(Locale.ROOT))
                .append("\","));
        exchange.getResponseHeaders().add("Set-Cookie", "sid=" + token);
        exchange.getResponseHeaders().add("X-Echo", "yes");
        reply(exchange, 200, "{\"method\":\"" + exchange.getRequestMethod() + "\",\"query\":\""
                + exchange.getRequestURI().getRawQuery() + "\",\"headers\":[" + names + "\"\"],\"orgBToken\":"
                + token.startsWith(tokenPrefix) + ",\"length\":" + length + ",\"sha256\":\""
                + HexFormat.of().formatHex(sha256.digest()) + "\"}");
    }

    private static void download(HttpExchange exchange, long bytes) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < bytes; sent += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, bytes - sent));
            }
        }
    }

    private void await() {
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        release.countDown();
        http.stop(0);
    }
}
