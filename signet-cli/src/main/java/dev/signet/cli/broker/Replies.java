package dev.signet.cli.broker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The broker's own answers: JSON {@code {"error": CODE, "error_description": TEXT}} as in RFC 6749
 * §5.2, and how a caller presents its API key. No answer of the broker's own holds a key, a token
 * or a library's name.
 */
final class Replies {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final long DRAIN_BYTES = 64L << 20;

    private Replies() {}

    /** The API key: {@code Authorization: Bearer KEY}, else {@code X-API-Key: KEY}. */
    static String presentedKey(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        return exchange.getRequestHeaders().getFirst("X-API-Key");
    }

    /** 401 with {@code WWW-Authenticate} (RFC 6750 §3). */
    static void unauthorized(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"signet-broker\"");
        error(exchange, 401, "invalid_client", "missing or unknown API key: send Authorization: Bearer KEY");
    }

    /**
     * 413, after reading (and dropping) the rest of the request body up to {@code DRAIN_BYTES}:
     * a server that closes while the client is still sending resets the connection, and the
     * client then loses the answer.
     */
    static void tooLarge(HttpExchange exchange, long limit) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            long left = DRAIN_BYTES;
            byte[] buffer = new byte[64 * 1024];
            for (int n = 0; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0; ) {
                left -= n;
            }
        } catch (IOException e) {
            // the caller stopped sending: the answer below may still reach it
        }
        error(exchange, 413, "invalid_request", "request body over " + limit + " bytes");
    }

    static void error(HttpExchange exchange, int status, String code, String description) throws IOException {
        respond(exchange, status, body(code, description).toString());
    }

    static ObjectNode body(String code, String description) {
        return JSON.createObjectNode().put("error", code).put("error_description", description);
    }

    static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
