package dev.signet.bench.load;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * One keep-alive HTTP/1.1 connection that sends pre-encoded requests and reads their responses.
 * Reconnects when the server closed the connection (some peers answer {@code Connection: close}).
 * Not thread-safe: each load worker owns one.
 */
public final class HttpConnection implements Closeable {
    private static final int READ_TIMEOUT_MILLIS = 10_000;
    private final InetSocketAddress address;
    private final HttpResponseView view = new HttpResponseView();
    private Socket socket;
    private OutputStream out;
    private HttpResponseReader reader;

    public HttpConnection(InetSocketAddress address) {
        this.address = address;
    }

    /** Sends the request bytes and reads the response into a view reused by the next call. */
    public HttpResponseView exchange(byte[] request) throws IOException {
        if (socket == null) {
            open();
        }
        try {
            out.write(request);
            out.flush();
            reader.read(view);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        if (view.closeRequested()) {
            close();
        }
        return view;
    }

    /**
     * Opens the connection now, before a run's clock is set (one that fails here is opened again
     * by the first exchange, which then counts the failure).
     */
    public void connectQuietly() {
        try {
            if (socket == null) {
                open();
            }
        } catch (IOException e) {
            // the first exchange retries and records it
        }
    }

    private void open() throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setSoTimeout(READ_TIMEOUT_MILLIS);
            s.connect(address, READ_TIMEOUT_MILLIS);
            out = s.getOutputStream();
            reader = new HttpResponseReader(new BufferedInputStream(s.getInputStream(), 16 * 1024));
            socket = s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a socket we are done with: nothing to do
            }
            socket = null;
        }
    }
}
