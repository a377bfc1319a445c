package dev.signet.server.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.TestServer;
import dev.signet.server.storage.PostgresDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Crash recovery on PostgreSQL: a database of its own, dropped afterwards. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresCrashRecoveryTest extends CrashRecoveryContractTest {
    private String url;

    @BeforeAll
    void createDatabase() {
        url = PostgresDatabases.create();
    }

    @AfterAll
    void dropDatabase() {
        if (url != null) {
            PostgresDatabases.drop(url);
        }
    }

    @Override
    TestServer startInProcess(Path dataDir) {
        TestServer server = TestServer.start(dataDir, b -> b.dbUrl(url).dbUser(PostgresDatabases.USER)
                .dbPassword(PostgresDatabases.PASSWORD));
        assertThat(server.server().databaseKind()).isEqualTo("postgresql");
        return server;
    }

    @Override
    List<String> processArgs() {
        return List.of(url, PostgresDatabases.USER);
    }
}
