package dev.signet.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.TestServer;
import dev.signet.server.config.ServerConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The storage contract on PostgreSQL, with the same migrations. Each data directory gets its own
 * database, so a restart on the same data directory finds its data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStorageTest extends StorageContractTest {
    private final java.util.Map<Path, String> databases = new java.util.HashMap<>();
    private final List<String> created = new ArrayList<>();

    @Override
    TestServer start(Path dataDir, UnaryOperator<ServerConfig.Builder> customize) {
        String url = databases.computeIfAbsent(dataDir, d -> {
            String u = PostgresDatabases.create();
            created.add(u);
            return u;
        });
        TestServer server = TestServer.start(dataDir,
                b -> customize.apply(b.dbUrl(url).dbUser(PostgresDatabases.USER)
                        .dbPassword(PostgresDatabases.PASSWORD)));
        assertThat(server.server().databaseKind()).isEqualTo("postgresql");
        return server;
    }

    @AfterAll
    void dropDatabases() {
        created.forEach(PostgresDatabases::drop);
    }
}
