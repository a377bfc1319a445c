package dev.signet.bench.load;

import java.nio.charset.StandardCharsets;

/**
 * The response just read on a connection: status and body bytes in a buffer the connection
 * reuses. Valid only until the connection's next exchange.
 */
public final class HttpResponseView {
    private int status;
    private byte[] body = new byte[8192];
    private int length;
    private boolean close;

    public int status() {
        return status;
    }

    public int bodyLength() {
        return length;
    }

    /** Whether the server asked to close the connection after this response. */
    public boolean closeRequested() {
        return close;
    }

    public boolean bodyContains(byte[] needle) {
        outer:
        for (int i = 0; i <= length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public String bodyText() {
        return new String(body, 0, length, StandardCharsets.UTF_8);
    }

    /** At most {@code max} bytes of the body as text, for error messages. */
    public String bodyText(int max) {
        return new String(body, 0, Math.min(max, length), StandardCharsets.UTF_8);
    }

    void reset(int status, boolean close) {
        this.status = status;
        this.close = close;
        this.length = 0;
    }

    /** The body ran to the end of the connection: it cannot be reused. */
    void closeAfter() {
        this.close = true;
    }

    byte[] ensureRoom(int extra) {
        if (length + extra > body.length) {
            body = java.util.Arrays.copyOf(body, Math.max(body.length * 2, length + extra));
        }
        return body;
    }

    int length() {
        return length;
    }

    void advance(int n) {
        length += n;
    }
}
