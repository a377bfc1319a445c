package dev.signet.bench.target;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A throwaway PostgreSQL database for one run, created through the server's maintenance database
 * and dropped (with its connections) on {@link #close()}.
 *
 * @param adminUrl the maintenance database the throwaway one is created through
 * @param name the throwaway database's name
 * @param version the server's {@code server_version}
 */
public record PostgresDatabase(String adminUrl, String user, String name, String version) implements AutoCloseable {
    /** The role's password where it has one (scripts/test.sh sets one on a PostgreSQL it installed). */
    static final String PASSWORD = System.getenv().getOrDefault("SIGNET_TEST_PG_PASSWORD", "");

    /** @param adminUrl e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres} */
    public static PostgresDatabase create(String adminUrl, String user) {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String name = "signet_bench_" + HexFormat.of().formatHex(random);
        try (Connection c = DriverManager.getConnection(adminUrl, user, PASSWORD); Statement s = c.createStatement()) {
            s.execute("create database " + name);
            try (ResultSet rs = s.executeQuery("show server_version")) {
                rs.next();
                return new PostgresDatabase(adminUrl, user, name, rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a PostgreSQL database via " + adminUrl + " as " + user
                    + ": " + e.getMessage(), e);
        }
    }

    public String url() {
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(adminUrl, user, PASSWORD); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("warning: could not drop PostgreSQL database " + name + ": " + e.getMessage());
        }
    }
}
