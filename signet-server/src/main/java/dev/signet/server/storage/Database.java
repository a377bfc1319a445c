package dev.signet.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The connection pool and schema. Embedded H2 in the data directory by default, PostgreSQL
 * (or any JDBC URL with a driver on the class path) when a URL is given; both run the same
 * Flyway migrations.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final String kind;
    private final DirectoryChanges changes;
    private final ChangeListener listener;
    private Path files;
    private String schemaVersion;

    private Database(HikariDataSource dataSource, String kind, Duration cacheMaxAge, String user, String password) {
        this.dataSource = dataSource;
        this.kind = kind;
        // Nodes sharing a PostgreSQL database tell each other of changes; an embedded one has one node.
        boolean shared = kind.equals("postgresql");
        this.changes = new DirectoryChanges(cacheMaxAge, shared);
        this.listener = shared ? new ChangeListener(dataSource.getJdbcUrl(), user, password, changes).start() : null;
    }

    /**
     * Opens (and migrates) the embedded H2 database under {@code dataDir/db}; cached directory
     * state is served for up to {@code cacheMaxAge} (see {@link DirectoryChanges}).
     */
    public static Database embedded(Path dataDir, Duration cacheMaxAge) {
        Path files = dataDir.resolve("db");
        OwnerOnlyFiles.createDirectories(files);
        String url = "jdbc:h2:file:" + files.resolve("signet").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                // H2 keeps 8 parsed statements per connection by default; the token path alone uses more.
                + ";QUERY_CACHE_SIZE=64"
                // The server closes the database itself on shutdown, after writing what its writer
                // threads still hold; H2's own shutdown hook would close it under their feet.
                + ";DB_CLOSE_ON_EXIT=FALSE"
                // H2's trace file keeps the SQL of failed statements, values included (secrets too).
                + ";TRACE_LEVEL_FILE=0";
        Database database = open(url, "sa", "", cacheMaxAge);
        // H2 creates its files with the umask's permissions; the directory is owner-only already.
        database.files = files;
        OwnerOnlyFiles.tighten(files);
        return database;
    }

    /** Opens (and migrates) the database at a JDBC URL; see {@link #embedded} for {@code cacheMaxAge}. */
    public static Database open(String jdbcUrl, String user, String password, Duration cacheMaxAge) {
        requireDriver(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("signet");
        // Small machines: a pool a little larger than the core count keeps the CPU busy.
        // Each repository call borrows a connection, so a request holds several in turn; on
        // PostgreSQL a small pool was the top wait under load.
        config.setMaximumPoolSize(Math.max(10, Runtime.getRuntime().availableProcessors() * 4 + 2));
        config.setMinimumIdle(2);
        config.setConnectionTimeout(10_000);
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            config.addDataSourceProperty("reWriteBatchedInserts", "true"); // login history is written in batches
        }
        HikariDataSource ds = new HikariDataSource(config);
        String schemaVersion;
        try {
            Flyway flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load();
            flyway.migrate();
            schemaVersion = flyway.info().current().getVersion().getVersion();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        Database database = new Database(ds, jdbcUrl.startsWith("jdbc:postgresql:") ? "postgresql"
                : jdbcUrl.startsWith("jdbc:h2:") ? "h2" : "jdbc", cacheMaxAge, user, password);
        database.schemaVersion = schemaVersion;
        return database;
    }

    /** The schema version this server migrated to at start (Flyway's), for the readiness check. */
    public String schemaVersion() {
        return schemaVersion;
    }

    private static void requireDriver(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            try {
                Class.forName("org.postgresql.Driver");
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(
                        "PostgreSQL JDBC driver missing: add org.postgresql:postgresql to the class path");
            }
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** {@code h2}, {@code postgresql} or {@code jdbc}. */
    public String kind() {
        return kind;
    }

    public Jdbc jdbc() {
        return new Jdbc(dataSource, changes);
    }

    /** The generation of cached directory state, shared by every {@link #jdbc()} of this database. */
    public DirectoryChanges changes() {
        return changes;
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.close();
        }
        dataSource.close();
        if (files != null) {
            OwnerOnlyFiles.tighten(files);
        }
    }
}
