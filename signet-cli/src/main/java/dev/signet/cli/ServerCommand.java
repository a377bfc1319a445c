package dev.signet.cli;

import dev.signet.server.SignetServer;
import dev.signet.server.admin.AdminSecret;
import dev.signet.server.config.ConfigException;
import dev.signet.server.config.ConfigKeys;
import dev.signet.server.config.ConfigLayers;
import dev.signet.server.config.Origin;
import dev.signet.server.config.ResolvedConfig;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.demo.DemoOrg;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signet server}: runs the authorization and resource server until interrupted. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Run the Salesforce-compatible authorization and resource server.",
            "Data (embedded SQLite database, admin secret, demo keys) lives under --data; --embedded h2 picks H2.",
            "The admin secret is created in DATA/admin-secret on first start unless SIGNET_ADMIN_SECRET is set.",
            "Settings, each overriding the one before: defaults, --config FILE (YAML),",
            "the environment (SIGNET_HTTP_PORT, …), the flags given. See --print-config."},
        footer = {"%nExamples:",
            "  ./signet server --demo                       # demo org on http://127.0.0.1:8080",
            "  ./signet server --port 0 --data /tmp/signet  # any free port; see /tmp/signet/server.json",
            "  ./signet server --db-url jdbc:postgresql://127.0.0.1:5432/signet --db-user signet",
            "  ./signet server --config signet.yaml         # settings from a YAML file",
            "  ./signet server --tls-cert tls/tls.crt --tls-key tls/tls.key   # HTTPS (./signet keygen --tls)",
            "  SIGNET_HTTP_PORT=9090 ./signet server --print-config   # what wins, and from where"})
final class ServerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML config file, keys such as http.port or security.clock-skew (see docs/signet.example.yaml).")
    Path configFile;

    @Option(names = "--print-config",
            description = "Print the effective settings (secrets redacted) and where each came from, then exit.")
    boolean printConfig;

    @Mixin
    ServerFlags flags;

    private final Function<String, String> env;

    /** The command as {@code ./signet} runs it, reading the real environment. */
    ServerCommand() {
        this(System::getenv);
    }

    /** A command reading the environment through {@code env} ({@code null} when unset), for tests. */
    ServerCommand(Function<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        ResolvedConfig resolved = resolve();
        if (printConfig) {
            out.println("# signet server settings: defaults < file < env < flag (secrets redacted)");
            out.print(resolved.describe());
            out.flush();
            return 0;
        }
        run(out, resolved);
        return 0;
    }

    private ResolvedConfig resolve() {
        try {
            return ConfigLayers.resolve(configFile, env, flags.overrides());
        } catch (ConfigException e) {
            throw new CliException(e.getMessage());
        }
    }

    private void run(PrintWriter out, ResolvedConfig resolved) throws InterruptedException {
        ServerConfig config = resolved.config();
        Path data = config.storage().dataDir();
        long started = System.nanoTime();
        SignetServer server = start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "signet-shutdown"));
        out.printf("Signet server listening on %s (database: %s, data: %s, started in %d ms)%n", server.baseUrl(),
                server.databaseKind(), data.toAbsolutePath().normalize(), (System.nanoTime() - started) / 1_000_000);
        out.printf("Admin console: %s/console%n", server.baseUrl());
        out.printf("Admin secret: %s%n", adminSecretSource(resolved));
        if (config.demo()) {
            ServerDemoBanner.print(out, server, DemoOrg.seed(server.admin(), data, Clock.systemUTC()));
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
    }

    private static SignetServer start(ServerConfig config) {
        try {
            return SignetServer.start(config);
        } catch (RuntimeException e) {
            // The port hint only where binding failed: a locked data directory or a bad database says so itself.
            String hint = bindFailure(e) ? " (is port " + config.http().port() + " in use? try --port 0)" : "";
            throw new CliException("cannot start the server: " + rootMessage(e) + hint);
        }
    }

    private static boolean bindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    // Where the admin secret comes from, never the secret itself.
    private static String adminSecretSource(ResolvedConfig resolved) {
        if (resolved.config().security().adminSecret() == null) {
            return resolved.config().storage().dataDir().resolve(AdminSecret.FILE_NAME).toAbsolutePath().normalize()
                    + " (owner-only)";
        }
        Origin origin = resolved.origin(ConfigKeys.ADMIN_SECRET);
        return "from " + (origin.layer() == Origin.Layer.ENV ? origin.name() : origin.toString());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
