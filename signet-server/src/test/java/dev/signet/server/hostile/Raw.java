package dev.signet.server.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request written byte for byte on a socket, for what the JDK's client will not send: control
 * characters in headers, malformed request lines, conflicting lengths. {@code {host}} in the
 * text becomes the server's host and port; the connection is closed after one answer.
 */
record Raw(String path, byte[] request) implements Call {
    // Only a guard against a server that never answers; no test asserts on time.
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    /** Header lines joined with CRLF and closed by an empty line, then the body. */
    static Raw lines(String body, String... lines) {
        String head = String.join("\r\n", lines) + "\r\n" + "Connection: close\r\n\r\n";
        String[] requestLine = lines[0].split(" ");
        return new Raw(requestLine.length > 1 ? requestLine[1] : "", (head + body).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A request with these header lines after {@code METHOD path HTTP/1.1} and the Host line. */
    static Raw http11(String method, String path, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of(method + " " + path + " HTTP/1.1", "Host: {host}"));
        all.addAll(List.of(headers));
        return lines(body, all.toArray(String[]::new));
    }

    boolean isPost(String to) {
        return new String(request, StandardCharsets.ISO_8859_1).startsWith("POST ") && path.startsWith(to);
    }

    @Override
    public Answer send(Target t) {
        URI base = URI.create(t.baseUrl());
        byte[] bytes = new String(request, StandardCharsets.ISO_8859_1)
                .replace("{host}", base.getHost() + ":" + base.getPort()).getBytes(StandardCharsets.ISO_8859_1);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            socket.shutdownOutput(); // nothing more comes: a server waiting for a body sees its end
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            // a server that resets after answering: what arrived is the answer
        }
        return out.toByteArray();
    }

    private static Answer parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        while (text.startsWith("HTTP/1.1 1")) { // an interim answer (100 Continue): the final one follows
            text = text.substring(text.indexOf("\r\n\r\n") + 4);
        }
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Answer(0, Map.of(), text);
        }
        String[] head = text.substring(0, end).split("\r\n");
        Map<String, List<String>> headers = new TreeMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(head[i].substring(colon + 1).trim());
            }
        }
        String body = text.substring(end + 4);
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = unchunk(body);
        }
        return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers,
                new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }

    @Override
    public String toString() {
        String text = new String(request, StandardCharsets.ISO_8859_1);
        return "raw " + (text.length() > 120 ? text.substring(0, 120) + "…" : text).replace("\r\n", "⏎");
    }
}
