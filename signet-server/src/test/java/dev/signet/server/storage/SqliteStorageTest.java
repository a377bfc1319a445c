package dev.signet.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.ServerDatabase;
import dev.signet.server.TestServer;
import dev.signet.server.config.ServerConfig;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The storage contract on the embedded SQLite database in the data directory. */
class SqliteStorageTest extends StorageContractTest {
    @Override
    TestServer start(Path dataDir, UnaryOperator<ServerConfig.Builder> customize) {
        return ServerDatabase.SQLITE.start(dataDir, customize);
    }

    @Test
    void startWhenEmbeddedThenDatabaseFilesLiveInDataDir() {
        Path data = tempDir();
        try (TestServer server = start(data)) {
            assertThat(data.resolve("db").resolve("signet.sqlite")).exists();
        }
    }
}
