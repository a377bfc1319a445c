package dev.signet.server.config;

import java.util.Objects;

/**
 * Where the server listens and the URL clients use.
 *
 * @param host address to listen on
 * @param port port to listen on; 0 picks a free one
 * @param publicUrl base URL clients use when it differs from {@code http://host:port} (e.g. behind
 *     a proxy); {@code null} when it does not
 */
public record HttpConfig(String host, int port, String publicUrl) {
    // Compile-time constants, so that the CLI's help text can name them.
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final HttpConfig DEFAULTS = new HttpConfig(DEFAULT_HOST, DEFAULT_PORT, null);

    public HttpConfig {
        Objects.requireNonNull(host, "host must not be null");
    }
}
