package dev.signet.server.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import dev.signet.core.urls.Urls;
import dev.signet.server.config.HttpConfig.TlsConfig;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The server's listening socket, bound before anything else is built: with port 0 the port, and
 * so the base URL, is then a plain value that every component can be given at construction. With
 * TLS settings it serves HTTPS (with HSTS on every answer), else plain HTTP.
 */
public final class Listener implements AutoCloseable {
    /** HSTS {@code max-age}: a year, the usual value; IP-address hosts are ignored by browsers (RFC 6797 §8.1). */
    static final long HSTS_SECONDS = 31_536_000;

    private final ServerSocketChannel channel;
    private final String host;
    private SslContextFactory.Server ssl;
    private CertificateReloader reloader;

    private Listener(ServerSocketChannel channel, String host) {
        this.channel = channel;
        this.host = host;
    }

    /** Binds {@code host:port} for HTTPS with {@code tls}; port 0 picks a free one. The files are read now. */
    public static Listener bind(String host, int port, TlsConfig tls) {
        Tls.Served served = tls.enabled() ? Tls.serve(tls) : null;
        Listener listener = bind(host, port);
        if (served != null) {
            listener.ssl = served.context();
            listener.reloader = served.reloader();
        }
        return listener;
    }

    /** Binds {@code host:port} for plain HTTP; port 0 picks a free one. */
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
        return (ssl != null ? "https://" : "http://") + shown + ":" + port();
    }

    /** A Jetty connector that accepts on this socket instead of opening its own. */
    ServerConnector connector(Server server, HttpConfiguration http) {
        ServerConnector connector = ssl == null ? new ServerConnector(server, new HttpConnectionFactory(http))
                : new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                        new HttpConnectionFactory(secured(http)));
        if (reloader != null) {
            connector.addBean(reloader); // started and stopped with the connector
        }
        try {
            connector.open(channel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return connector;
    }

    // A copy: the plain redirect listener shares the original. No SNI host check: a development
    // certificate for localhost serves 127.0.0.1 too.
    private static HttpConfiguration secured(HttpConfiguration http) {
        HttpConfiguration copy = new HttpConfiguration(http);
        SecureRequestCustomizer secure = new SecureRequestCustomizer(false, HSTS_SECONDS, false);
        secure.setSniHostCheck(false);
        copy.addCustomizer(secure);
        return copy;
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
