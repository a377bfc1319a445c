package dev.signet.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The storage contract on the embedded H2 database in the data directory. */
class H2StorageTest extends StorageContractTest {
    @Override
    TestServer start(Path dataDir) {
        TestServer server = TestServer.start(dataDir, b -> b);
        assertThat(server.server().databaseKind()).isEqualTo("h2");
        return server;
    }

    @Test
    void startWhenEmbeddedThenDatabaseFilesLiveInDataDir() {
        Path data = tempDir();
        try (TestServer server = start(data)) {
            assertThat(data.resolve("db").resolve("signet.mv.db")).exists();
        }
    }
}
