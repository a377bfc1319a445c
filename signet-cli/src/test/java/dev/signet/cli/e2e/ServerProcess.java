package dev.signet.cli.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * {@code java -jar signet-cli.jar server --port 0 --data DIR} as a real process: started, found
 * through {@code DIR/server.json}, stopped with SIGTERM and restarted on the same data directory.
 * Also runs the CLI against it ({@link #cli}) as separate processes.
 *
 * <p>The jar is the shaded one failsafe passes in the {@code signet.jar} system property (falling
 * back to {@code target/signet-cli.jar} when run from an IDE after {@code package}). Processes run a
 * private copy of it, taken once per test JVM, as the {@code ./signet} launcher does: a rebuild of
 * {@code target/signet-cli.jar} while the tests run (another shell running {@code ./signet} or
 * {@code mvn package}) must not pull classes out from under a running server.
 */
final class ServerProcess implements AutoCloseable {
    // An upper bound for a hang, not a timing check: a start takes seconds, more on a busy machine.
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration JAR_COPY_TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> SHORT_LIVED_JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static Path jarCopy;

    static {
        preloadSuiteClasses();
    }

    private final Path dataDir;
    private final Path logFile;
    private final List<String> extraArgs;
    private Process process;
    private Thread killOnExit;
    private String url;

    private ServerProcess(Path dataDir, List<String> extraArgs) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.logFile = this.dataDir.resolveSibling(this.dataDir.getFileName() + "-server.log");
        this.extraArgs = List.copyOf(extraArgs);
    }

    /**
     * Starts {@code server --port 0 --data DATA EXTRA…} and waits (at most {@link #START_TIMEOUT})
     * until it has written {@code DATA/server.json}. Output goes to {@code DATA-server.log} next to
     * the data directory (appended to across restarts).
     */
    static ServerProcess start(Path dataDir, String... extraArgs) {
        ServerProcess server = new ServerProcess(dataDir, Arrays.asList(extraArgs));
        server.launch();
        return server;
    }

    /** The shaded CLI jar under test, as built: {@code -Dsignet.jar} or {@code target/signet-cli.jar}. */
    static Path builtJar() {
        String property = System.getProperty("signet.jar");
        Path jar = property != null && !property.isBlank() ? Paths.get(property) : Paths.get("target", "signet-cli.jar");
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("the shaded CLI jar " + jar.toAbsolutePath() + " does not exist: run the ITs"
                    + " with './mvnw -pl signet-cli verify' (failsafe sets -Dsignet.jar after 'package')");
        }
        return jar.toAbsolutePath();
    }

    /**
     * The private copy of {@link #builtJar()} that processes run. A copy caught while the build
     * was rewriting the jar is not a readable jar with {@code Main-Class: dev.signet.cli.Main};
     * it is taken again (bounded by {@link #JAR_COPY_TIMEOUT}).
     */
    static synchronized Path jar() {
        if (jarCopy != null) {
            return jarCopy;
        }
        Path built = builtJar();
        long deadline = System.nanoTime() + JAR_COPY_TIMEOUT.toNanos();
        String problem;
        try {
            Path dir = Files.createTempDirectory("signet-e2e-jar-");
            Path copy = dir.resolve("signet-cli.jar");
            dir.toFile().deleteOnExit();
            copy.toFile().deleteOnExit();
            while (true) {
                Files.copy(built, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                problem = jarProblem(copy);
                if (problem == null) {
                    jarCopy = copy;
                    return copy;
                }
                if (System.nanoTime() > deadline) {
                    break;
                }
                pause();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + built, e);
        }
        throw new AssertionError(built + " is not a usable CLI jar (" + problem + "), still after "
                + JAR_COPY_TIMEOUT.toSeconds() + " s: is a build rewriting it?");
    }

    // null when the jar opens, names dev.signet.cli.Main as Main-Class and holds that class
    private static String jarProblem(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
            if (!"dev.signet.cli.Main".equals(main)) {
                return "Main-Class is " + main;
            }
            if (file.getEntry("dev/signet/cli/Main.class") == null) {
                return "no dev/signet/cli/Main.class";
            }
            return null;
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** {@code java -jar signet-cli.jar}, with the JVM running the tests. */
    static List<String> javaJar() {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        return new ArrayList<>(List.of(java.toString(), "-jar", jar().toString()));
    }

    /**
     * {@code java -jar signet-cli.jar} for a one-shot command, with JVM flags that only shorten
     * start-up (about a third less per run on a small machine; ~20 runs per suite). Same jar, same
     * main class, same arguments.
     */
    static List<String> javaJarShortLived() {
        List<String> command = javaJar();
        command.addAll(1, SHORT_LIVED_JVM_FLAGS);
        return command;
    }

    /** Runs {@code java -jar signet-cli.jar ARGS…} in {@code workDir}, as given (no {@code --data} added). */
    static Processes.Result signet(Path workDir, String... args) {
        List<String> command = javaJarShortLived();
        command.addAll(Arrays.asList(args));
        return Processes.run(workDir, command);
    }

    /**
     * Runs {@code java -jar signet-cli.jar ARGS…} against this server. {@code admin …} commands get
     * {@code --data DATA} appended, so they find the URL and the admin secret like a user's shell
     * would; other commands ({@code token}, {@code keygen}, …) run as given.
     */
    Processes.Result cli(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (!all.isEmpty() && all.get(0).equals("admin")) {
            all.add("--data");
            all.add(dataDir.toString());
        }
        return signet(dataDir.getParent(), all.toArray(String[]::new));
    }

    /** The base URL from {@code server.json} of the current run. */
    String url() {
        return url;
    }

    Path dataDir() {
        return dataDir;
    }

    Path logFile() {
        return logFile;
    }

    /** Everything the server printed so far, over all runs. */
    String log() {
        return Processes.read(logFile);
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Waits (bounded) until the server's output contains {@code text}. */
    void awaitLog(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!log().contains(text)) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited (code " + process.exitValue() + ") before printing '"
                        + text + "'\n" + describeLog());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the server did not print '" + text + "' within " + timeout.toSeconds()
                        + " s\n" + describeLog());
            }
            pause();
        }
    }

    /**
     * SIGTERM ({@link Process#destroy()}), then waits at most {@link #STOP_TIMEOUT} for the exit;
     * kills it if it does not stop in time. Returns the exit code, or -1 if it was killed.
     */
    int stop() {
        if (process == null) {
            return -1;
        }
        try {
            if (!process.isAlive()) {
                return process.exitValue();
            }
            process.destroy();
            if (process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
            process.destroyForcibly();
            process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return -1;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return -1;
        } finally {
            removeKillOnExit();
        }
    }

    /** Stops this run and starts the server again on the same data directory (the port may change). */
    void restart() {
        int exit = stop();
        if (exit == -1) {
            throw new AssertionError("the server did not stop on SIGTERM within " + STOP_TIMEOUT.toSeconds()
                    + " s (killed)\n" + describeLog());
        }
        launch();
    }

    @Override
    public void close() {
        stop();
    }

    /** The server log for a failure message. */
    String describeLog() {
        return "--- server log " + logFile + " ---\n" + Processes.redact(log()) + "--- end of server log ---";
    }

    private void launch() {
        try {
            Files.createDirectories(dataDir);
            // A server.json left by a killed run must not be mistaken for this run's.
            Files.deleteIfExists(dataDir.resolve("server.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = javaJar();
        command.addAll(List.of("server", "--port", "0", "--data", dataDir.toString()));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Processes.hermetic(builder);
        try {
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new AssertionError("cannot start " + Processes.describe(command) + ": " + e.getMessage(), e);
        }
        Process started = process;
        killOnExit = new Thread(started::destroyForcibly, "kill-signet-server-" + started.pid());
        Runtime.getRuntime().addShutdownHook(killOnExit);
        try {
            url = awaitServerJson();
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
    }

    // server.json is written after the server listens; it carries the pid, so an old file cannot fool us.
    private String awaitServerJson() {
        Path file = dataDir.resolve("server.json");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            Optional<Map<String, Object>> info = readJson(file);
            if (info.isPresent() && Json.str(info.get(), "pid").equals(String.valueOf(process.pid()))) {
                String found = Json.str(info.get(), "url");
                if (found.isEmpty()) {
                    throw new AssertionError(file + " has no url: " + info.get() + "\n" + describeLog());
                }
                return found;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with code " + process.exitValue() + " before writing "
                        + file + "\n" + describeLog());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the server did not write " + file + " within " + START_TIMEOUT.toSeconds()
                        + " s\n" + describeLog());
            }
            pause();
        }
    }

    private static Optional<Map<String, Object>> readJson(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.object(Files.readString(file)));
        } catch (IOException | AssertionError e) {
            return Optional.empty(); // being replaced right now; read it again on the next poll
        }
    }

    private void removeKillOnExit() {
        if (killOnExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs anyway
            }
            killOnExit = null;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    // A concurrent build of this module (`mvn install` in another shell) recompiles test-classes,
    // which removes them for a moment: load all classes of this package now, while they are there.
    private static void preloadSuiteClasses() {
        try {
            java.net.URL self = ServerProcess.class.getResource("ServerProcess.class");
            if (self == null || !"file".equals(self.getProtocol())) {
                return;
            }
            try (var files = Files.list(Paths.get(self.toURI()).getParent())) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".class")) {
                        Class.forName(ServerProcess.class.getPackageName() + "." + name.substring(0, name.length() - 6),
                                false, ServerProcess.class.getClassLoader());
                    }
                }
            }
        } catch (Exception | LinkageError e) {
            // best effort: the classes load on first use as usual
        }
    }

    /** Prints the log of the given servers to stderr when a test fails. */
    static final class LogOnFailure implements TestWatcher {
        private final Supplier<List<ServerProcess>> servers;

        LogOnFailure(Supplier<List<ServerProcess>> servers) {
            this.servers = servers;
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            for (ServerProcess server : servers.get()) {
                if (server != null) {
                    System.err.println("[" + context.getDisplayName() + " failed] " + server.describeLog());
                }
            }
        }
    }
}
