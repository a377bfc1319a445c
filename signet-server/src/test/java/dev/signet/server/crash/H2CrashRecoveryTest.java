package dev.signet.server.crash;

import dev.signet.server.ServerDatabase;
import dev.signet.server.TestServer;
import dev.signet.server.config.StorageConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/** Crash recovery on embedded H2 (WRITE_DELAY=0: a process crash loses nothing; power loss is not tested). */
class H2CrashRecoveryTest extends CrashRecoveryContractTest {
    @Override
    TestServer startInProcess(Path dataDir) {
        return ServerDatabase.H2.start(dataDir, UnaryOperator.identity());
    }

    @Override
    List<String> processArgs() {
        return List.of(StorageConfig.H2);
    }
}
