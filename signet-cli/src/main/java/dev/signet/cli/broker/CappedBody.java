package dev.signet.cli.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A caller's request body on its way to the target: counted against the named credential's
 * limit, and its first bytes kept so a request refused with an expired session can be sent once
 * more with a new token.
 */
final class CappedBody extends InputStream {
    /** How much of a body is kept for that second try. */
    static final int REPLAY_BYTES = 1 << 20;

    private final InputStream in;
    private final long limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long count;
    private boolean ended;

    CappedBody(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** Thrown (to the HTTP client, which gives up the request) when the body passes the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("request body over " + limit + " bytes");
        }
    }

    @Override
    public synchronized int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            ended = true;
            return n;
        }
        count += n;
        if (count > limit) {
            throw new TooLarge(limit);
        }
        if (count <= REPLAY_BYTES) {
            kept.write(buffer, offset, n);
        }
        return n;
    }

    /**
     * The whole body for a second try, reading what the target left unread; {@code null} when it
     * is larger than {@link #REPLAY_BYTES} (then the caller gets the target's answer and tries
     * again itself).
     */
    synchronized byte[] replay() throws IOException {
        byte[] rest = new byte[8192];
        while (!ended && count <= REPLAY_BYTES) {
            if (read(rest, 0, rest.length) < 0) {
                break;
            }
        }
        return ended && count <= REPLAY_BYTES ? kept.toByteArray() : null;
    }

    /** Left open for {@link #replay()}: the exchange closes the caller's stream when it is done. */
    @Override
    public void close() {
        // the HTTP client closes its body when it has sent it, or when the target answered first
    }
}
