package dev.signet.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the server listens, the URL clients use, and how it serves: HTTPS and stopping.
 *
 * @param host address to listen on
 * @param port port to listen on; 0 picks a free one
 * @param publicUrl base URL clients use when it differs from {@code http://host:port} (e.g. behind
 *     a proxy); {@code null} when it does not
 * @param tls the certificate and key of HTTPS; {@link TlsConfig#NONE} serves plain HTTP
 * @param redirectPort with HTTPS, a plain-HTTP port that redirects to it; {@code null} for none
 * @param requireHttps whether OAuth requests over plain HTTP from other hosts than this one are refused
 * @param shutdownDelay how long a stopping server keeps serving while {@code /health/ready} says DOWN
 */
public record HttpConfig(String host, int port, String publicUrl, TlsConfig tls, Integer redirectPort,
        boolean requireHttps, Duration shutdownDelay) {
    // Compile-time constants, so that the CLI's help text can name them.
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final HttpConfig DEFAULTS =
            new HttpConfig(DEFAULT_HOST, DEFAULT_PORT, null, TlsConfig.NONE, null, false, Duration.ZERO);

    public HttpConfig {
        Objects.requireNonNull(host, "host must not be null");
        Objects.requireNonNull(tls, "tls must not be null");
        Objects.requireNonNull(shutdownDelay, "shutdownDelay must not be null");
        // Settings that would otherwise be ignored without a word.
        if (!tls.enabled() && (tls.keyFile() != null || tls.keyPassword() != null)) {
            throw new ConfigException("http.tls-key and http.tls-key-password need http.tls-cert");
        }
        if (!tls.enabled() && redirectPort != null) {
            throw new ConfigException("http.redirect-port needs HTTPS: set http.tls-cert (and http.tls-key)");
        }
    }

    /** Whether the server serves HTTPS. */
    public boolean https() {
        return tls.enabled();
    }

    /**
     * The certificate chain and key of HTTPS, PEM files (the key PKCS#8, PKCS#1 or encrypted) or
     * one PKCS#12 file as {@code certFile} with no {@code keyFile}.
     *
     * @param keyPassword the password of an encrypted key or of the PKCS#12 file (a secret)
     */
    public record TlsConfig(Path certFile, Path keyFile, String keyPassword) {
        public static final TlsConfig NONE = new TlsConfig(null, null, null);

        public boolean enabled() {
            return certFile != null;
        }

        @Override
        public String toString() {
            return "TlsConfig[certFile=" + certFile + ", keyFile=" + keyFile + ", keyPassword="
                    + Redaction.of(keyPassword) + "]";
        }
    }
}
