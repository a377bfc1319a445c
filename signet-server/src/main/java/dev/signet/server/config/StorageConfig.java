package dev.signet.server.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the data lives: the data directory (embedded H2 database, admin secret, demo keys) and
 * optionally an external database.
 *
 * @param dataDir the data directory
 * @param dbUrl JDBC URL of an external database, e.g. {@code jdbc:postgresql://localhost/signet};
 *     {@code null} for the embedded H2 database in {@code dataDir/db}
 * @param dbUser the external database's user
 * @param dbPassword the external database's password (a secret)
 */
public record StorageConfig(Path dataDir, String dbUrl, String dbUser, String dbPassword) {
    public static final String DEFAULT_DATA_DIR = "signet-data";
    public static final StorageConfig DEFAULTS = new StorageConfig(Path.of(DEFAULT_DATA_DIR), null, null, null);

    public StorageConfig {
        Objects.requireNonNull(dataDir, "dataDir must not be null");
    }

    /** Whether an external database URL was given (else embedded H2). */
    public boolean usesExternalDatabase() {
        return dbUrl != null && !dbUrl.isBlank();
    }

    /** A JDBC URL with any {@code password=} parameter hidden, fit for logs. */
    public static String redactUrl(String jdbcUrl) {
        return jdbcUrl == null ? null : jdbcUrl.replaceAll("password=[^&;]*", "password=" + Redaction.REDACTED);
    }

    @Override
    public String toString() {
        return "StorageConfig[dataDir=" + dataDir + ", dbUrl=" + (dbUrl == null ? "<embedded h2>" : redactUrl(dbUrl))
                + ", dbUser=" + dbUser + ", dbPassword=" + Redaction.of(dbPassword) + "]";
    }
}
