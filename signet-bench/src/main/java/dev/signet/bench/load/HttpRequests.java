package dev.signet.bench.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Encodes HTTP/1.1 requests to bytes once, so the load loop only writes them. */
public final class HttpRequests {
    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String JSON = "application/json";

    private HttpRequests() {}

    public static byte[] get(String host, String pathAndQuery, Map<String, String> headers) {
        return encode("GET", host, pathAndQuery, headers, null, null);
    }

    public static byte[] post(String host, String path, String contentType, byte[] body, Map<String, String> headers) {
        return encode("POST", host, path, headers, contentType, body);
    }

    /** {@code Authorization: Bearer <token>}. */
    public static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static byte[] encode(String method, String host, String target, Map<String, String> headers,
            String contentType, byte[] body) {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append("\r\n")
                .append("User-Agent: signet-bench\r\nAccept: application/json\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + (body == null ? 0 : body.length));
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }
}
