package dev.signet.server.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a data directory from H2 (the embedded store before SQLite) to SQLite at its first start:
 * both are brought to the latest schema, every table is copied in one transaction into a new file,
 * and only a complete copy is renamed to {@code signet.sqlite}. The H2 file stays where it was,
 * untouched: a failed or interrupted copy is simply tried again at the next start.
 */
final class H2ToSqlite {
    private static final Logger LOG = LoggerFactory.getLogger(H2ToSqlite.class);
    private static final String PARTIAL = EmbeddedStores.SQLITE_FILE + ".partial";

    private H2ToSqlite() {}

    static void copy(Path files) {
        Path partial = files.resolve(PARTIAL);
        deletePartial(files);
        long started = System.nanoTime();
        List<String> copied;
        try (Database h2 = Database.open(EmbeddedStores.h2Url(files), "sa", "", Duration.ZERO);
                Database sqlite = Database.open("jdbc:sqlite:" + partial.toAbsolutePath(), "", "", Duration.ZERO)) {
            copied = copyTables(h2, sqlite);
        } catch (SQLException e) {
            throw new StorageException("could not copy the H2 database in " + files + " to SQLite", e);
        }
        try {
            Files.move(partial, files.resolve(EmbeddedStores.SQLITE_FILE), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Moved the embedded database from H2 to SQLite in {} ms: {}; {} is kept as it was",
                (System.nanoTime() - started) / 1_000_000, String.join(", ", copied),
                files.resolve(EmbeddedStores.H2_FILE));
    }

    private static List<String> copyTables(Database h2, Database sqlite) throws SQLException {
        List<String> copied = new ArrayList<>();
        try (Connection from = h2.dataSource().getConnection(); Connection to = sqlite.dataSource().getConnection()) {
            to.setAutoCommit(false);
            try (Statement s = to.createStatement()) {
                s.execute("pragma defer_foreign_keys = on"); // tables in any order; checked at commit
            }
            for (String table : tables(from)) {
                copied.add(table + " " + copyTable(from, to, table));
            }
            to.commit();
        }
        return copied;
    }

    private static List<String> tables(Connection h2) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = h2.createStatement(); ResultSet rs = s.executeQuery("select table_name from "
                + "information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        tables.remove("flyway_schema_history"); // each store keeps its own
        Collections.sort(tables);
        return tables;
    }

    private static int copyTable(Connection from, Connection to, String table) throws SQLException {
        try (Statement clear = to.createStatement()) {
            clear.executeUpdate("delete from " + table); // rows a migration seeded
        }
        int rows = 0;
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            String insert = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement ps = to.prepareStatement(insert)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        ps.setObject(i, value(rs, meta, i));
                    }
                    ps.addBatch();
                    rows++;
                }
                ps.executeBatch();
            }
        }
        return rows;
    }

    private static Object value(ResultSet rs, ResultSetMetaData meta, int column) throws SQLException {
        if (meta.getColumnType(column) == Types.TIMESTAMP) {
            LocalDateTime time = rs.getObject(column, LocalDateTime.class);
            return time == null ? null : Dialect.SQLITE.bind(time.toInstant(ZoneOffset.UTC));
        }
        return rs.getObject(column);
    }

    private static void deletePartial(Path files) {
        try {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(files.resolve(PARTIAL + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
