package dev.signet.server.crash;

import dev.signet.server.ServerFixture;
import dev.signet.server.SignetServer;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.storage.PostgresDatabases;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The server as an operator runs it, for the crash tests: its own process, stopped by a signal.
 * Arguments: the data directory, then the embedded store ({@code sqlite}, {@code h2}) or a JDBC URL
 * and user. Like {@code signet server}
 * it closes the server (drain, flush, close the database) on SIGTERM; SIGKILL gives it no chance.
 */
public final class CrashServerMain {
    private CrashServerMain() {}

    public static void main(String[] args) throws InterruptedException {
        ServerConfig.Builder config = ServerConfig.builder().port(0).dataDir(Path.of(args[0]))
                .adminSecret(ServerFixture.ADMIN_SECRET);
        if (args.length == 2) {
            config.embeddedStore(args[1]);
        } else if (args.length > 2) {
            config.dbUrl(args[1]).dbUser(args[2]).dbPassword(PostgresDatabases.PASSWORD); // inherited environment
        }
        SignetServer server = SignetServer.start(config.build());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "crash-server-shutdown"));
        stopped.await();
    }
}
