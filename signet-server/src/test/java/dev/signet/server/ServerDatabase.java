package dev.signet.server;

import dev.signet.server.config.ServerConfig;
import dev.signet.server.config.StorageConfig;
import dev.signet.server.storage.PostgresDatabases;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Where a test server keeps its data. Contract tests pick one per class with {@link OnDatabase}. */
public enum ServerDatabase {
    /** Embedded SQLite in the data directory (the default embedded store). */
    SQLITE {
        @Override
        public TestServer start(Path dataDir, UnaryOperator<ServerConfig.Builder> customize) {
            return expectKind("sqlite", TestServer.start(dataDir,
                    b -> customize.apply(b.embeddedStore(StorageConfig.SQLITE)), () -> {}));
        }
    },
    /** Embedded H2 in the data directory (the other embedded store). */
    H2 {
        @Override
        public TestServer start(Path dataDir, UnaryOperator<ServerConfig.Builder> customize) {
            return expectKind("h2", TestServer.start(dataDir,
                    b -> customize.apply(b.embeddedStore(StorageConfig.H2)), () -> {}));
        }
    },
    /**
     * A throw-away PostgreSQL database, dropped when the server closes. Skips the test where no
     * PostgreSQL is reachable (except under CI).
     */
    POSTGRES {
        @Override
        public TestServer start(Path dataDir, UnaryOperator<ServerConfig.Builder> customize) {
            String url = PostgresDatabases.create();
            return expectKind("postgresql", TestServer.start(dataDir,
                    b -> customize.apply(b.dbUrl(url).dbUser(PostgresDatabases.USER)
                            .dbPassword(PostgresDatabases.PASSWORD)), () -> PostgresDatabases.drop(url)));
        }
    },
    /**
     * The database at {@code SIGNET_TEST_DB_URL} (environment variable or system property; user
     * {@code SIGNET_TEST_DB_USER}, default {@link PostgresDatabases#USER}) where that is set, else
     * the default embedded store (SQLite).
     */
    DEFAULT {
        @Override
        public TestServer start(Path dataDir, UnaryOperator<ServerConfig.Builder> customize) {
            String url = setting("SIGNET_TEST_DB_URL");
            if (url == null || url.isBlank()) {
                return TestServer.start(dataDir, customize, () -> {});
            }
            String user = setting("SIGNET_TEST_DB_USER");
            return TestServer.start(dataDir, b -> customize.apply(b.dbUrl(url)
                    .dbUser(user == null ? PostgresDatabases.USER : user)), () -> {});
        }
    };

    /** Starts a server in {@code dataDir}, or in a temporary directory removed on close where it is null. */
    public abstract TestServer start(Path dataDir, UnaryOperator<ServerConfig.Builder> customize);

    /** Starts a server in a temporary data directory, removed on close. */
    public TestServer start(UnaryOperator<ServerConfig.Builder> customize) {
        return start(null, customize);
    }

    private static TestServer expectKind(String kind, TestServer server) {
        String actual = server.server().databaseKind();
        if (!kind.equals(actual)) {
            server.close();
            throw new AssertionError("expected a server on " + kind + " but it runs on " + actual);
        }
        return server;
    }

    private static String setting(String name) {
        return System.getProperty(name, System.getenv(name));
    }
}
