package dev.signet.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Thin JDBC helper: parameter binding (an {@link Instant} as its {@link Dialect} stores it), row
 * mapping, and transactions. Inside {@link #inTransaction} every call uses the transaction's
 * connection. On a single-writer store (SQLite) writes take turns on an in-process lock, so none
 * waits on the database's own lock (a busy wait) or fails with {@code SQLITE_BUSY}; reads never wait.
 * Writes are tracked by default: once committed they invalidate the cached directory state
 * ({@link DirectoryChanges}). Stores whose writes cannot change that state (tokens, login
 * history, records, sessions) use an {@link #untracked()} view, so their traffic keeps the cache.
 */
public final class Jdbc {
    /** Maps the current row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Work run in one transaction. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Jdbc tx) throws SQLException;
    }

    private final DataSource dataSource;
    private final Connection connection;
    private final DirectoryChanges changes;
    private final boolean tracked;
    private final Dialect dialect;
    /** Held by the one writer of a single-writer store; null where writers run side by side. */
    private final Lock writeLock;
    /** The used {@code jti}s of an embedded database (one node); null for a shared one. */
    private final JtiMarks jtiMarks;

    Jdbc(DataSource dataSource, DirectoryChanges changes, Dialect dialect, Lock writeLock, JtiMarks jtiMarks) {
        this(dataSource, null, changes, true, dialect, writeLock, jtiMarks);
    }

    private Jdbc(DataSource dataSource, Connection connection, DirectoryChanges changes, boolean tracked,
            Dialect dialect, Lock writeLock, JtiMarks jtiMarks) {
        this.dataSource = dataSource;
        this.connection = connection;
        this.changes = changes;
        this.tracked = tracked;
        this.dialect = dialect;
        this.writeLock = writeLock;
        this.jtiMarks = jtiMarks;
    }

    /** The store's differences, e.g. {@link Dialect#forUpdate()}. */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * A view whose writes do not invalidate cached directory state. Only for tables no
     * {@link StateCache} reads: a write through it to a cached table would go unseen.
     */
    public Jdbc untracked() {
        return new Jdbc(dataSource, connection, changes, false, dialect, writeLock, jtiMarks);
    }

    DirectoryChanges changes() {
        return changes;
    }

    /** The in-memory {@code jti} marks of an embedded database; null for a shared one. */
    JtiMarks jtiMarks() {
        return jtiMarks;
    }

    /** Whether reads may come from a cache: not inside a transaction, and caching is on. */
    boolean cacheable() {
        return connection == null && changes.enabled();
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        });
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public int update(String sql, Object... params) {
        if (tracked && connection == null && changes.broadcasts()) {
            return inTransaction(tx -> tx.update(sql, params)); // the notification goes in the write's commit
        }
        try {
            return asWriter(() -> withConnection(c -> {
                try (PreparedStatement ps = prepare(c, sql, params)) {
                    return ps.executeUpdate();
                }
            }));
        } finally {
            if (tracked && connection == null) {
                changes.changed(); // autocommit: the write is committed (or failed) now
            }
        }
    }

    /** Runs one statement for each parameter row, in one transaction (a JDBC batch). */
    public void batch(String sql, List<Object[]> rows) {
        inTransaction(tx -> {
            try (PreparedStatement ps = tx.connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(ps, row, dialect);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Runs work in one transaction; commits if it returns, rolls back if it throws. */
    public <T> T inTransaction(TransactionWork<T> work) {
        if (connection != null) {
            try {
                return work.run(this);
            } catch (SQLException e) {
                throw new StorageException(e);
            }
        }
        return asWriter(() -> transaction(work));
    }

    private <T> T transaction(TransactionWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(new Jdbc(dataSource, c, changes, tracked, dialect, writeLock, jtiMarks));
                if (tracked) {
                    changes.broadcast(c);
                }
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e instanceof RuntimeException r ? r : new StorageException((SQLException) e);
            } finally {
                if (tracked) {
                    changes.changed();
                }
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /** A timestamp column, on any store (see {@link Dialect#bind}). */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return Dialect.instant(rs, column);
    }

    // Outside a transaction only: a transaction's statements run under the lock its start took.
    private <T> T asWriter(Supplier<T> write) {
        if (writeLock == null || connection != null) {
            return write.get();
        }
        writeLock.lock();
        try {
            return write.get();
        } finally {
            writeLock.unlock();
        }
    }

    private interface ConnectionWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T withConnection(ConnectionWork<T> work) {
        try {
            if (connection != null) {
                return work.run(connection);
            }
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    private PreparedStatement prepare(Connection c, String sql, Object[] params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            bind(ps, params, dialect);
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement ps, Object[] params, Dialect dialect) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            ps.setObject(i + 1, p instanceof Instant t ? dialect.bind(t) : p);
        }
    }
}
