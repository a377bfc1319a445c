package dev.signet.bench.load;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads one HTTP/1.1 response (RFC 9112): status line, headers, then a body framed by
 * {@code Content-Length}, by chunked transfer coding, or by the end of the connection.
 */
final class HttpResponseReader {
    private final InputStream in;
    private final byte[] line = new byte[16 * 1024];

    HttpResponseReader(InputStream in) {
        this.in = in;
    }

    void read(HttpResponseView view) throws IOException {
        String statusLine = readLine();
        if (statusLine == null) {
            throw new EOFException("connection closed before a response");
        }
        int status = parseStatus(statusLine);
        long contentLength = -1;
        boolean chunked = false;
        boolean close = statusLine.startsWith("HTTP/1.0");
        for (String header = readLine(); header != null && !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> contentLength = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> close = value.contains("close") || close && !value.contains("keep-alive");
                default -> { }
            }
        }
        view.reset(status, close);
        if (chunked) {
            readChunked(view);
        } else if (contentLength >= 0) {
            readFully(view, contentLength);
        } else if (status != 204 && status != 304 && status >= 200) {
            readToEnd(view);
            view.closeAfter();
        }
    }

    private static int parseStatus(String statusLine) throws IOException {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        try {
            return Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new IOException("bad status in: " + statusLine, e);
        }
    }

    private void readChunked(HttpResponseView view) throws IOException {
        while (true) {
            String sizeLine = readLine();
            if (sizeLine == null) {
                throw new EOFException("connection closed inside a chunked body");
            }
            int semicolon = sizeLine.indexOf(';');
            long size = Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                for (String trailer = readLine(); trailer != null && !trailer.isEmpty(); trailer = readLine()) {
                    // trailers are not used by any target
                }
                return;
            }
            readFully(view, size);
            readLine(); // CRLF after the chunk data
        }
    }

    private void readFully(HttpResponseView view, long n) throws IOException {
        if (n > Integer.MAX_VALUE / 2) {
            throw new IOException("response body too large: " + n);
        }
        int remaining = (int) n;
        byte[] buffer = view.ensureRoom(remaining);
        while (remaining > 0) {
            int read = in.read(buffer, view.length(), remaining);
            if (read < 0) {
                throw new EOFException("connection closed inside the body");
            }
            view.advance(read);
            remaining -= read;
        }
    }

    private void readToEnd(HttpResponseView view) throws IOException {
        while (true) {
            byte[] buffer = view.ensureRoom(8192);
            int read = in.read(buffer, view.length(), buffer.length - view.length());
            if (read < 0) {
                return;
            }
            view.advance(read);
        }
    }

    /** A line without its CRLF, or null at the end of the stream before any byte. */
    private String readLine() throws IOException {
        int n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (n == 0) {
                    return null;
                }
                throw new EOFException("connection closed inside a header line");
            }
            if (b == '\n') {
                int end = n > 0 && line[n - 1] == '\r' ? n - 1 : n;
                return new String(line, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (n == line.length) {
                throw new IOException("header line longer than " + line.length + " bytes");
            }
            line[n++] = (byte) b;
        }
    }
}
