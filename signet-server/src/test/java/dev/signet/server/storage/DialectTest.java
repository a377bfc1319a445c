package dev.signet.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SQLite's timestamps (text) and duplicate keys, on a real SQLite database in memory. */
class DialectTest {
    @Test
    void bindWhenSqliteThenTimestampsSortAndCompareInTimeOrderAndReadBackExactly() throws SQLException {
        List<Instant> times = List.of(Instant.parse("2026-12-04T17:00:00Z"), Instant.parse("2026-12-04T09:59:59.999999Z"),
                Instant.parse("1999-01-01T00:00:00.000001Z"), Instant.parse("9999-12-30T23:59:59Z"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute("create table t (at timestamp not null)");
            for (Instant time : times) {
                try (PreparedStatement ps = c.prepareStatement("insert into t (at) values (?)")) {
                    ps.setObject(1, Dialect.SQLITE.bind(time));
                    ps.executeUpdate();
                }
            }
            assertThat(read(c, "select at from t order by at")).containsExactly(times.get(2), times.get(1),
                    times.get(0), times.get(3));
            try (PreparedStatement ps = c.prepareStatement("select at from t where at > ? order by at")) {
                ps.setObject(1, Dialect.SQLITE.bind(Instant.parse("2026-12-04T10:00:00Z")));
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(Dialect.instant(rs, "at")).isEqualTo(times.get(0));
                }
            }
        }
    }

    @Test
    void isUniqueViolationWhenSqliteDuplicateKeyThenTrueAndOtherConstraintsFalse() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute("create table t (id varchar(18) primary key, name varchar(10) not null unique)");
            s.execute("insert into t values ('a', 'x')");
            assertThatThrownBy(() -> s.execute("insert into t values ('a', 'y')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(Dialect.isUniqueViolation(e)).isTrue());
            assertThatThrownBy(() -> s.execute("insert into t values ('b', 'x')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(Dialect.isUniqueViolation(e)).isTrue());
            assertThatThrownBy(() -> s.execute("insert into t values ('c', null)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(Dialect.isUniqueViolation(e)).isFalse());
        }
    }

    private static List<Instant> read(Connection c, String sql) throws SQLException {
        List<Instant> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(Dialect.instant(rs, "at"));
            }
        }
        return rows;
    }
}
