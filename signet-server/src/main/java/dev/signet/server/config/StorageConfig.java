package dev.signet.server.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the data lives: the data directory (embedded database, admin secret, demo keys) and
 * optionally an external database.
 *
 * @param dataDir the data directory
 * @param dbUrl JDBC URL of an external database, e.g. {@code jdbc:postgresql://localhost/signet};
 *     {@code null} for the embedded database in {@code dataDir/db}
 * @param dbUser the external database's user
 * @param dbPassword the external database's password (a secret)
 * @param embedded the embedded database: {@value #SQLITE} (the default) or {@value #H2}
 */
public record StorageConfig(Path dataDir, String dbUrl, String dbUser, String dbPassword, String embedded) {
    public static final String DEFAULT_DATA_DIR = "signet-data";
    public static final String SQLITE = "sqlite";
    public static final String H2 = "h2";
    public static final StorageConfig DEFAULTS = new StorageConfig(Path.of(DEFAULT_DATA_DIR), null, null, null, SQLITE);

    public StorageConfig {
        Objects.requireNonNull(dataDir, "dataDir must not be null");
        embedded = embedded == null ? SQLITE : embedded;
        if (!embedded.equals(SQLITE) && !embedded.equals(H2)) {
            throw new IllegalArgumentException("embedded must be " + SQLITE + " or " + H2);
        }
    }

    /** Whether an external database URL was given (else the embedded one). */
    public boolean usesExternalDatabase() {
        return dbUrl != null && !dbUrl.isBlank();
    }

    /** A JDBC URL with any {@code password=} parameter hidden, fit for logs. */
    public static String redactUrl(String jdbcUrl) {
        return jdbcUrl == null ? null : jdbcUrl.replaceAll("password=[^&;]*", "password=" + Redaction.REDACTED);
    }

    @Override
    public String toString() {
        return "StorageConfig[dataDir=" + dataDir + ", dbUrl=" + (dbUrl == null ? "<embedded " + embedded + ">" : redactUrl(dbUrl))
                + ", dbUser=" + dbUser + ", dbPassword=" + Redaction.of(dbPassword) + "]";
    }
}
