package dev.signet.bench.target;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * HAProxy in front of Signet nodes, configured as {@code scripts/cluster/run.sh} does: round robin,
 * health checks, no stickiness, keep-alive on both sides; without request logs, which would cost
 * the shared cores.
 */
final class Haproxy {
    static final String HEALTH_PATH = "/health/ready";

    private Haproxy() {}

    /** The binary on PATH, or a failure that says how to install it. */
    static Path binary() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "haproxy")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "haproxy not found on PATH: install it (apt-get install haproxy, or run scripts/cluster/run.sh once)"));
    }

    /** Starts HAProxy on 127.0.0.1:port in the foreground (its own process), config and log in workDir. */
    static ServerProcess start(Path workDir, int port, List<Integer> nodePorts) {
        Path config = workDir.resolve("haproxy.cfg");
        try {
            Files.createDirectories(workDir);
            Files.writeString(config, config(port, nodePorts), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ServerProcess.start(List.of(binary().toString(), "-db", "-f", config.toString()), Map.of(), workDir,
                workDir.resolve("haproxy.log"));
    }

    static String config(int port, List<Integer> nodePorts) {
        StringBuilder cfg = new StringBuilder("""
                global
                    maxconn 4096
                defaults
                    mode http
                    option redispatch
                    retries 2
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    timeout http-keep-alive 60s
                frontend signet
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    option httpchk GET %s
                    http-check expect status 200
                    default-server check inter 1s fall 2 rise 2
                """.formatted(port, HEALTH_PATH));
        for (int i = 0; i < nodePorts.size(); i++) {
            cfg.append("    server node").append(i + 1).append(" 127.0.0.1:").append(nodePorts.get(i)).append('\n');
        }
        return cfg.toString();
    }

    /** E.g. {@code 2.6.12-1+deb12u4}, from {@code haproxy -v}. */
    static Optional<String> version() {
        try {
            Process p = new ProcessBuilder(binary().toString(), "-v").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            String[] words = out.strip().split("\\s+");
            return words.length > 2 && words[0].equals("HAProxy") ? Optional.of(words[2]) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
