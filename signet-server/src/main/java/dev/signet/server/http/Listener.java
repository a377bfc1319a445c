package dev.signet.server.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import dev.signet.core.urls.Urls;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The server's listening socket, bound before anything else is built: with port 0 the port, and
 * so the base URL, is then a plain value that every component can be given at construction.
 */
public final class Listener implements AutoCloseable {
    private final ServerSocketChannel channel;
    private final String host;

    private Listener(ServerSocketChannel channel, String host) {
        this.channel = channel;
        this.host = host;
    }

    /** Binds {@code host:port}; port 0 picks a free one. */
    public static Listener bind(String host, int port) {
        try {
            ServerSocketChannel channel = ServerSocketChannel.open();
            try {
                channel.bind(new InetSocketAddress(host, port), 1024);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            return new Listener(channel, host);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")", e);
        }
    }

    public int port() {
        return channel.socket().getLocalPort();
    }

    /**
     * The URL clients use: {@code publicUrl} when set (behind a proxy), else this socket's address;
     * a wildcard host is reached through the loopback address.
     */
    public String baseUrl(String publicUrl) {
        if (publicUrl != null && !publicUrl.isBlank()) {
            return Urls.withoutTrailingSlash(publicUrl.trim());
        }
        String shown = host;
        if (host.equals("0.0.0.0") || host.equals("::")) {
            shown = "127.0.0.1";
        } else if (host.contains(":")) {
            shown = "[" + host + "]";
        }
        return "http://" + shown + ":" + port();
    }

    /** A Jetty connector that accepts on this socket instead of opening its own. */
    ServerConnector connector(Server server, HttpConfiguration http) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        try {
            connector.open(channel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return connector;
    }

    /** Closes the socket when the server never started (Jetty closes it otherwise). */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing was served on it; there is nothing to recover.
        }
    }
}
