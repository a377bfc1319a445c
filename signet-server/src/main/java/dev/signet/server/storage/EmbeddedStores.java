package dev.signet.server.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The embedded databases in {@code DATA/db}: how each is opened so that what a commit
 * acknowledged survives a crash (docs/durability.md), and the move of an H2 data directory to
 * SQLite.
 */
final class EmbeddedStores {
    static final String SQLITE_FILE = "signet.sqlite";
    static final String H2_FILE = "signet.mv.db";

    private EmbeddedStores() {}

    static String sqliteUrl(Path files) {
        return "jdbc:sqlite:" + files.resolve(SQLITE_FILE).toAbsolutePath();
    }

    /**
     * Every connection's settings. WAL with {@code synchronous=FULL}: a commit returns once the
     * log is synced to disk, so it survives a power loss, and readers never wait for the writer.
     */
    static Map<String, String> sqliteSettings() {
        return Map.of(
                "journal_mode", "WAL",
                "synchronous", "FULL",
                // H2 enforces the schema's foreign keys; SQLite only when asked, per connection.
                "foreign_keys", "true",
                // Writers take turns in the JVM (Jdbc); this covers another process on the file.
                "busy_timeout", "60000",
                // A transaction takes the write lock when it begins, never halfway (SQLITE_BUSY).
                "transaction_mode", "IMMEDIATE");
    }

    static String h2Url(Path files) {
        return "jdbc:h2:file:" + files.resolve("signet").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                // H2 keeps 8 parsed statements per connection by default; the token path alone uses more.
                + ";QUERY_CACHE_SIZE=64"
                // H2 writes a commit to its file up to 500 ms later by default: a process crash lost
                // what it had acknowledged. At 0 the commit is in the file (not synced) when it returns.
                + ";WRITE_DELAY=0"
                // The server closes the database itself on shutdown, after writing what its writer
                // threads still hold; H2's own shutdown hook would close it under their feet.
                + ";DB_CLOSE_ON_EXIT=FALSE"
                // H2's trace file keeps the SQL of failed statements, values included (secrets too).
                + ";TRACE_LEVEL_FILE=0";
    }

    /** A data directory of an earlier version holds H2 only: its tables are copied to a new SQLite file. */
    static void migrateH2IfFound(Path files) {
        if (Files.exists(files.resolve(H2_FILE)) && !Files.exists(files.resolve(SQLITE_FILE))) {
            H2ToSqlite.copy(files);
        }
    }
}
