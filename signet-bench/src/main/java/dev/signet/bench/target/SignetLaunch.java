package dev.signet.bench.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Starts Signet servers as {@code ./signet server} runs them from its second start on:
 * {@code java [jvmArgs] -jar signet-cli.jar server --data DIR …}, with the class-data archive that
 * the launcher records on the first start and {@code MALLOC_ARENA_MAX} as the launcher sets it.
 */
record SignetLaunch(Path jar, String javaBin, List<String> jvmArgs, SetupHttp http) {
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    SignetLaunch {
        jvmArgs = List.copyOf(jvmArgs);
    }

    static String newSecret() {
        return HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    }

    /**
     * Records the class-data archive with a training start on embedded H2 in a scratch directory
     * beside {@code dataDir} (never the measured database); returns the JVM option that maps it,
     * or null when no archive was written.
     */
    String recordCds(Path dataDir) {
        Path archive = sibling(dataDir, ".jsa");
        Path training = sibling(dataDir, "-cds-training");
        try (ServerProcess p = start(training, "-XX:ArchiveClassesAtExit=" + archive, List.of("--port", "0"),
                Map.of("SIGNET_ADMIN_SECRET", newSecret()))) {
            awaitUrl(p, training);
        } // SIGTERM: the JVM writes the archive as it exits
        return Files.exists(archive) ? "-XX:SharedArchiveFile=" + archive : null;
    }

    /**
     * Starts a server on {@code dataDir} (log beside it, {@code DIR.log}).
     *
     * @param cdsOption a class-data sharing option, or null
     * @param serverArgs after {@code server --data DIR}, e.g. {@code --port 0}
     */
    ServerProcess start(Path dataDir, String cdsOption, List<String> serverArgs, Map<String, String> env) {
        createDirectories(dataDir);
        List<String> cmd = new ArrayList<>(List.of(javaBin));
        cmd.addAll(jvmArgs);
        if (cdsOption != null) {
            cmd.add(cdsOption);
        }
        cmd.addAll(List.of("-jar", jar.toString(), "server", "--data", dataDir.toString()));
        cmd.addAll(serverArgs);
        Map<String, String> all = new HashMap<>(Map.of("SIGNET_DB_PASSWORD", PostgresDatabase.PASSWORD,
                "MALLOC_ARENA_MAX", System.getenv().getOrDefault("MALLOC_ARENA_MAX", "2")));
        all.putAll(env);
        return ServerProcess.start(cmd, all, dataDir.getParent(), sibling(dataDir, ".log"));
    }

    /** Waits for a server started with {@code --port 0}: its URL in server.json, then a served request. */
    String awaitUrl(ServerProcess process, Path dataDir) {
        String url = Readiness.awaitFile(process, dataDir.resolve("server.json"), "url", START_TIMEOUT);
        awaitServing(process, url);
        return url;
    }

    void awaitServing(ServerProcess process, String url) {
        Readiness.awaitStatus(process, http, url + "/services/data", 200, START_TIMEOUT);
    }

    static Path sibling(Path dir, String suffix) {
        return dir.resolveSibling(dir.getFileName() + suffix);
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
