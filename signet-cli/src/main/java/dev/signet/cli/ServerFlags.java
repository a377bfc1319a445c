package dev.signet.cli;

import dev.signet.server.config.CacheConfig;
import dev.signet.server.config.ConfigKeys;
import dev.signet.server.config.HttpConfig;
import dev.signet.server.config.Overrides;
import dev.signet.server.config.SecurityConfig;
import dev.signet.server.config.StorageConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The settings flags of {@code signet server}, each a key of {@link ConfigKeys}. They have no
 * picocli defaults: a flag the user did not give is {@code null} and leaves the config file and
 * the environment in charge. The defaults in the help are the config groups' constants.
 */
final class ServerFlags {
    @Option(names = "--host", description = "Address to listen on (default: " + HttpConfig.DEFAULT_HOST + ").")
    String host;

    @Option(names = "--port", description = "Port; 0 picks a free one (default: " + HttpConfig.DEFAULT_PORT + ").")
    Integer port;

    @Option(names = "--data", description = "Data directory (default: " + StorageConfig.DEFAULT_DATA_DIR + ").")
    Path data;

    @Option(names = "--db-url", description = "JDBC URL of an external database (default: the embedded one in DATA/db).")
    String dbUrl;

    @Option(names = "--embedded", paramLabel = "sqlite|h2",
            description = "The embedded database when no --db-url is given (default: sqlite).")
    String embedded;

    @Option(names = "--db-user", description = "Database user.")
    String dbUser;

    @Option(names = "--db-password", description = "Database password (or env SIGNET_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--public-url", description = "Base URL clients use, if not http://HOST:PORT (e.g. behind a proxy).")
    String publicUrl;

    @Option(names = "--tls-cert", paramLabel = "FILE",
            description = "Serve HTTPS with this certificate chain (PEM), or a PKCS#12 file holding the key too.")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "FILE",
            description = "The HTTPS private key (PEM: PKCS#8, PKCS#1 or encrypted). ./signet keygen --tls makes both.")
    Path tlsKey;

    @Option(names = "--tls-key-password", paramLabel = "P", arity = "0..1", interactive = true,
            description = "Password of an encrypted key or the PKCS#12 file (prompted for without a value; "
                    + "or env SIGNET_HTTP_TLS_KEY_PASSWORD).")
    char[] tlsKeyPassword;

    @Option(names = "--redirect-port", paramLabel = "PORT",
            description = "With HTTPS, also listen for plain HTTP here and redirect to HTTPS.")
    Integer redirectPort;

    @Option(names = "--require-https",
            description = "Refuse OAuth requests over plain HTTP from other hosts (invalid_request: HTTPS required).")
    Boolean requireHttps;

    @Option(names = "--shutdown-delay", paramLabel = "SECONDS",
            description = "On stop, serve on this long with /health/ready DOWN before draining (default: 0).")
    Long shutdownDelaySeconds;

    @Option(names = "--audience", description = "Extra accepted aud value (repeatable). Default: "
            + "https://login.salesforce.com and https://test.salesforce.com, plus the server's own URL always.")
    List<String> audiences = new ArrayList<>();

    @Option(names = "--cache-max-age", paramLabel = "SECONDS",
            description = {"How long apps, users and the org may be served from memory (default: "
                    + CacheConfig.DEFAULT_MAX_AGE_SECONDS + ").",
                "Changes made through this server apply at once; the age bounds how long a change made by another",
                "server sharing the database goes unseen. 0 reads them from the database on every request."})
    Long cacheMaxAgeSeconds;

    @Option(names = "--clock-skew", paramLabel = "SECONDS",
            description = "How far an assertion's exp may be off the server's clock (default: "
                    + SecurityConfig.DEFAULT_CLOCK_SKEW_SECONDS + ").")
    Long clockSkewSeconds;

    @Option(names = "--org", paramLabel = "FILE",
            description = "Org file (YAML) to apply at start, idempotently: apps, users, approvals, IP ranges, objects.")
    Path org;

    @Option(names = "--demo", description = "Seed a demo app, integration user and key pair; print commands that get a token.")
    Boolean demo;

    /** The settings the user gave as flags. */
    Overrides overrides() {
        return new Overrides()
                .set(ConfigKeys.HOST, host, "--host")
                .set(ConfigKeys.PORT, port, "--port")
                .set(ConfigKeys.DATA_DIR, data, "--data")
                .set(ConfigKeys.DB_URL, dbUrl, "--db-url")
                .set(ConfigKeys.EMBEDDED_STORE, embedded, "--embedded")
                .set(ConfigKeys.DB_USER, dbUser, "--db-user")
                .set(ConfigKeys.DB_PASSWORD, dbPassword, "--db-password")
                .set(ConfigKeys.PUBLIC_URL, publicUrl, "--public-url")
                .set(ConfigKeys.TLS_CERT, tlsCert, "--tls-cert")
                .set(ConfigKeys.TLS_KEY, tlsKey, "--tls-key")
                .set(ConfigKeys.TLS_KEY_PASSWORD, tlsKeyPassword == null ? null : new String(tlsKeyPassword),
                        "--tls-key-password")
                .set(ConfigKeys.REDIRECT_PORT, redirectPort, "--redirect-port")
                .set(ConfigKeys.REQUIRE_HTTPS, requireHttps, "--require-https")
                .set(ConfigKeys.SHUTDOWN_DELAY, seconds(shutdownDelaySeconds, "--shutdown-delay"), "--shutdown-delay")
                .set(ConfigKeys.EXTRA_AUDIENCES, audiences.isEmpty() ? null : audiences, "--audience")
                .set(ConfigKeys.CACHE_MAX_AGE, seconds(cacheMaxAgeSeconds, "--cache-max-age"), "--cache-max-age")
                .set(ConfigKeys.CLOCK_SKEW, seconds(clockSkewSeconds, "--clock-skew"), "--clock-skew")
                .set(ConfigKeys.ORG_FILE, org, "--org")
                .set(ConfigKeys.DEMO, demo, "--demo");
    }

    private static Duration seconds(Long seconds, String flag) {
        if (seconds == null) {
            return null;
        }
        if (seconds < 0) {
            throw new CliException(flag + " must be 0 or more seconds");
        }
        return Duration.ofSeconds(seconds);
    }
}
