package dev.signet.server.crash;

import dev.signet.server.ServerDatabase;
import dev.signet.server.TestServer;
import dev.signet.server.config.StorageConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/** Crash recovery on the embedded default store, SQLite in the data directory. */
class SqliteCrashRecoveryTest extends CrashRecoveryContractTest {
    @Override
    TestServer startInProcess(Path dataDir) {
        return ServerDatabase.SQLITE.start(dataDir, UnaryOperator.identity());
    }

    @Override
    List<String> processArgs() {
        return List.of(StorageConfig.SQLITE);
    }
}
