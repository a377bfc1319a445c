package dev.signet.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Thin JDBC helper: parameter binding (with {@link Instant} as a UTC timestamp), row mapping,
 * and transactions. Inside {@link #inTransaction} every call uses the transaction's connection.
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

    Jdbc(DataSource dataSource) {
        this(dataSource, null);
    }

    private Jdbc(DataSource dataSource, Connection connection) {
        this.dataSource = dataSource;
        this.connection = connection;
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
        return withConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql, params)) {
                return ps.executeUpdate();
            }
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
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(new Jdbc(dataSource, c));
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e instanceof RuntimeException r ? r : new StorageException((SQLException) e);
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column, utc());
        return ts == null ? null : ts.toInstant();
    }

    // Timestamps are stored as UTC wall-clock time, whatever the JVM's time zone.
    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
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

    private static PreparedStatement prepare(Connection c, String sql, Object[] params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p instanceof Instant t) {
                    ps.setTimestamp(i + 1, Timestamp.from(t), utc());
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }
}
