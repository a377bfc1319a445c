package dev.signet.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.signet.server.config.StorageConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The connection pool and schema. An embedded database in the data directory by default (SQLite,
 * or H2 where chosen; see {@link EmbeddedStores}), PostgreSQL (or any JDBC URL with a driver on
 * the class path) when a URL is given; all run the same Flyway migrations. Differences between the
 * stores live in {@link Dialect}.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final DirectoryChanges changes;
    /** SQLite takes one writer at a time: they queue here, not on the database's lock. */
    private final Lock writeLock;
    private final ChangeListener listener;
    private final JtiMarks jtiMarks;
    private Path files;
    private String schemaVersion;

    private Database(HikariDataSource dataSource, Dialect dialect, Duration cacheMaxAge, String user, String password) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        // Nodes sharing a PostgreSQL database tell each other of changes; an embedded one has one node.
        boolean shared = dialect == Dialect.POSTGRESQL;
        this.changes = new DirectoryChanges(cacheMaxAge, shared);
        this.writeLock = dialect.singleWriter() ? new ReentrantLock() : null;
        this.listener = shared ? new ChangeListener(dataSource.getJdbcUrl(), user, password, changes).start() : null;
        this.jtiMarks = shared ? null : new JtiMarks();
    }

    /** The embedded SQLite database; see {@link #embedded(Path, String, Duration)}. */
    public static Database embedded(Path dataDir, Duration cacheMaxAge) {
        return embedded(dataDir, StorageConfig.SQLITE, cacheMaxAge);
    }

    /**
     * Opens (and migrates) the embedded database ({@code sqlite} or {@code h2}) under
     * {@code dataDir/db}; cached directory state is served for up to {@code cacheMaxAge} (see
     * {@link DirectoryChanges}).
     */
    public static Database embedded(Path dataDir, String store, Duration cacheMaxAge) {
        Path files = dataDir.resolve("db");
        OwnerOnlyFiles.createDirectories(files);
        if (StorageConfig.SQLITE.equals(store)) {
            SqliteNativeLibrary.prepare(dataDir);
            EmbeddedStores.migrateH2IfFound(files);
        }
        String url = StorageConfig.H2.equals(store) ? EmbeddedStores.h2Url(files) : EmbeddedStores.sqliteUrl(files);
        Database database = open(url, "sa", "", cacheMaxAge);
        // The drivers create their files with the umask's permissions; the directory is owner-only already.
        database.files = files;
        OwnerOnlyFiles.tighten(files);
        return database;
    }

    /** Opens (and migrates) the database at a JDBC URL; see {@link #embedded} for {@code cacheMaxAge}. */
    public static Database open(String jdbcUrl, String user, String password, Duration cacheMaxAge) {
        requireDriver(jdbcUrl);
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariDataSource ds = new HikariDataSource(poolConfig(jdbcUrl, user, password, dialect));
        String schemaVersion;
        try {
            Flyway flyway = flyway(ds);
            flyway.migrate();
            schemaVersion = flyway.info().current().getVersion().getVersion();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        Database database = new Database(ds, dialect, cacheMaxAge, user, password);
        database.schemaVersion = schemaVersion;
        return database;
    }

    private static Flyway flyway(DataSource ds) {
        FluentConfiguration flyway = Flyway.configure().dataSource(ds).locations("classpath:" + MigrationFiles.DIRECTORY);
        MigrationFiles listed = MigrationFiles.listed();
        if (listed != null) {
            // No Java migrations: with both providers given, Flyway does not list the class path.
            flyway.resourceProvider(listed).javaMigrationClassProvider(List::of);
        }
        return flyway.load();
    }

    private static HikariConfig poolConfig(String jdbcUrl, String user, String password, Dialect dialect) {
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
        if (dialect == Dialect.POSTGRESQL) {
            config.addDataSourceProperty("reWriteBatchedInserts", "true"); // login history is written in batches
        } else if (dialect == Dialect.SQLITE) {
            EmbeddedStores.sqliteSettings().forEach(config::addDataSourceProperty);
        }
        return config;
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

    /** {@code sqlite}, {@code h2} or {@code postgresql} (also for other JDBC URLs). */
    public String kind() {
        return dialect.name().toLowerCase(Locale.ROOT);
    }

    public Jdbc jdbc() {
        return new Jdbc(dataSource, changes, dialect, writeLock, jtiMarks);
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
