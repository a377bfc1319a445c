package dev.signet.server.storage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Throw-away PostgreSQL databases for tests, on the server at {@code SIGNET_TEST_PG} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}, user {@code SIGNET_TEST_PG_USER} (default {@code postgres}),
 * password {@code SIGNET_TEST_PG_PASSWORD} (default empty: trust auth)). Where none is reachable the
 * tests are skipped, except under CI ({@code CI=true}), which must provide one.
 */
public final class PostgresDatabases {
    private static final String SERVER = System.getenv().getOrDefault("SIGNET_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");
    public static final String USER = System.getenv().getOrDefault("SIGNET_TEST_PG_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("SIGNET_TEST_PG_PASSWORD", "");

    private PostgresDatabases() {}

    /** Creates an empty database and returns its JDBC URL. */
    public static String create() {
        String name = "signet_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL must be reachable in CI at " + SERVER, e);
            }
            assumeTrue(false, "PostgreSQL not reachable at " + SERVER + ": " + e.getMessage());
        }
        return SERVER + name;
    }

    public static void drop(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            // left for the next run's clean-up; never hides a test result
        }
    }
}
