package dev.signet.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one place for what differs between the stores. The SQL itself is shared (migrations and
 * queries run unchanged on all three); what differs is how a timestamp is stored, row locks, how a
 * duplicate key is reported, and whether the store takes one writer at a time.
 */
public enum Dialect {
    H2,
    POSTGRESQL,
    /**
     * SQLite has no timestamp type: timestamps are UTC text of fixed width
     * ({@code 2026-01-31 23:59:59.123456}), which sorts and compares in time order. Transactions
     * lock the whole database, so there is no row lock to ask for, and one writer at a time.
     */
    SQLITE {
        @Override
        Object bind(Instant time) {
            return SqliteTime.format(time);
        }

        @Override
        public String forUpdate() {
            return "";
        }

        @Override
        boolean singleWriter() {
            return true;
        }
    };

    /** The dialect of a JDBC URL; PostgreSQL's for any other database. */
    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        return jdbcUrl.startsWith("jdbc:h2:") ? H2 : POSTGRESQL;
    }

    /** How an {@link Instant} parameter is bound: UTC wall-clock time, whatever the JVM's time zone. */
    Object bind(Instant time) {
        return LocalDateTime.ofInstant(time, ZoneOffset.UTC);
    }

    /** Appended to a {@code select} that locks the rows it reads until the transaction ends. */
    public String forUpdate() {
        return " for update";
    }

    /** Whether writers must take turns (else a second writer fails with {@code SQLITE_BUSY}). */
    boolean singleWriter() {
        return false;
    }

    /** A timestamp column as written by {@link #bind}, on any store. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof String text) { // SQLite
            return SqliteTime.parse(text);
        }
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    /** A duplicate primary or unique key: SQLSTATE 23505 on H2 and PostgreSQL, result codes on SQLite. */
    static boolean isUniqueViolation(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            return code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY || code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
        }
        return "23505".equals(e.getSQLState());
    }
}
