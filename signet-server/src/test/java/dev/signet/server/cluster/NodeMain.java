package dev.signet.server.cluster;

import dev.signet.server.SignetServer;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.storage.PostgresDatabases;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A server node as its own process, for tests that need real processes on one database (the
 * cluster test). Arguments: data directory, JDBC URL, database user, public URL, cache max age in
 * seconds; the cluster and admin secrets come from the environment as an operator would give them.
 * Prints {@code LISTENING <url>} once it serves; SIGTERM stops it gracefully.
 */
public final class NodeMain {
    private NodeMain() {}

    public static void main(String[] args) {
        ServerConfig config = ServerConfig.builder().port(0).dataDir(Path.of(args[0])).dbUrl(args[1]).dbUser(args[2])
                .dbPassword(PostgresDatabases.PASSWORD) // from the inherited environment
                .publicUrl(args[3]).cacheMaxAge(Duration.ofSeconds(Long.parseLong(args[4])))
                .clusterSecret(System.getenv("SIGNET_CLUSTER_SECRET")).adminSecret(System.getenv("SIGNET_ADMIN_SECRET"))
                .build();
        SignetServer server = SignetServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "node-shutdown"));
        System.out.println("LISTENING http://127.0.0.1:" + server.port()); // the public URL names the load balancer
        System.out.flush();
    }
}
