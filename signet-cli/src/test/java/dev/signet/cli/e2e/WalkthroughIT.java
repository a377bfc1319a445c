package dev.signet.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk-through, run as a reader runs it: its {@code bash} blocks in order, in one bash
 * session, in an empty directory where {@code ./signet} is the built CLI jar. The rules that map the
 * text to a run: {@code ./signet server …} starts in the background (awaited, stopped at the end);
 * the walk-through's port {@value #README_PORT} becomes a free one; no block may hold a placeholder
 * ({@code …}): every command must run as written.
 */
class WalkthroughIT {
    static final String README_PORT = "8081";
    private static final Pattern SECTION = Pattern.compile("\n## Walk-through[^\n]*\n(.*?)\n## ", Pattern.DOTALL);
    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    @Test
    void walkthroughWhenRunAsWrittenThenEveryCommandSucceedsAndTokensWork() throws IOException {
        List<String> blocks = walkthroughBlocks();
        assertThat(blocks).as("bash blocks of the walk-through").hasSizeGreaterThanOrEqualTo(7);
        assertThat(blocks).as("placeholders (…) in the walk-through's commands").noneMatch(b -> b.contains("…"));
        int port = freePort();
        Files.writeString(dir.resolve("walkthrough.sh"), script(blocks, port));
        writeLauncher();

        Processes.Result run;
        try {
            run = Processes.run(dir, TIMEOUT, List.of("bash", "walkthrough.sh"));
        } finally {
            stopServer();
        }

        assertThat(run.exitCode()).as("%s\n--- server log ---\n%s", run, serverLog()).isZero();
        assertThat(run.stdout()).as("%s", run)
                .contains("\"access_token\":\"00D")                       // curl with the openssl assertion
                .contains("\"username\":\"integration@acme.example\"")  // the identity URL with $TOKEN
                .contains("DailyApiRequests")                             // the REST API with $TOKEN
                .contains("WALKTHROUGH DONE KEY=set TOKEN=set ASSERTION=set");
    }

    /** The {@code bash} blocks of the README's walk-through section, in order, dedented. */
    static List<String> walkthroughBlocks() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher section = SECTION.matcher(readme);
        assertThat(section.find()).as("a '## Walk-through' section in README.md").isTrue();
        return BASH_BLOCK.matcher(section.group(1)).results().map(m -> m.group(1).stripIndent()).toList();
    }

    // One script: set -e stops at the first failing command; the server line runs in the background.
    private static String script(List<String> blocks, int port) {
        StringBuilder s = new StringBuilder("set -euo pipefail\n");
        for (int i = 0; i < blocks.size(); i++) {
            s.append("echo '### block ").append(i + 1).append("' >&2\n");
            for (String line : blocks.get(i).replace(README_PORT, Integer.toString(port)).split("\n")) {
                s.append(line.startsWith("./signet server") ? background(line, port) : line).append('\n');
            }
        }
        return s.append("echo \"WALKTHROUGH DONE KEY=${KEY:+set} TOKEN=${TOKEN:+set} ASSERTION=${ASSERTION:+set}\"\n")
                .toString();
    }

    private static String background(String serverLine, int port) {
        return serverLine.replaceFirst("\\s+#.*$", "") + " > server.log 2>&1 &\n"
                + "echo $! > server.pid\n"
                + "for _ in $(seq 1 900); do curl -s -o /dev/null http://127.0.0.1:" + port
                + "/services/data && break; sleep 0.1; done\n"
                + "curl -s -o /dev/null http://127.0.0.1:" + port + "/services/data";
    }

    // ./signet in the reader's directory is the CLI jar under test
    private void writeLauncher() throws IOException {
        Path launcher = dir.resolve("signet");
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec " + String.join(" ", quoted(ServerProcess.javaJar()))
                + " \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static List<String> quoted(List<String> words) {
        return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").toList();
    }

    private void stopServer() throws IOException {
        Path pidFile = dir.resolve("server.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
        server.ifPresent(p -> {
            p.destroy();
            p.onExit().orTimeout(ServerProcess.STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .exceptionally(e -> {
                        p.destroyForcibly();
                        return p;
                    }).join();
        });
    }

    private String serverLog() {
        return Processes.redact(Processes.read(dir.resolve("server.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
