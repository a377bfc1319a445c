package dev.signet.cli;

import dev.signet.server.SignetServer;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.demo.DemoOrg;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code signet server}: runs the authorization and resource server until interrupted. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Run the Salesforce-compatible authorization and resource server.",
            "Data (embedded H2 database, admin secret, demo keys) lives under --data.",
            "The admin secret is created in DATA/admin-secret on first start unless SIGNET_ADMIN_SECRET is set."},
        footer = {"%nExamples:",
            "  ./signet server --demo                       # demo org on http://127.0.0.1:8080",
            "  ./signet server --port 0 --data /tmp/signet  # any free port; see /tmp/signet/server.json",
            "  ./signet server --db-url jdbc:postgresql://127.0.0.1:5432/signet --db-user signet"})
final class ServerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", defaultValue = "signet-data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--db-url", description = "JDBC URL of an external database (default: embedded H2 in DATA/db).")
    String dbUrl;

    @Option(names = "--db-user", description = "Database user.")
    String dbUser;

    @Option(names = "--db-password", description = "Database password (or env SIGNET_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--public-url", description = "Base URL clients use, if not http://HOST:PORT (e.g. behind a proxy).")
    String publicUrl;

    @Option(names = "--audience", description = "Extra accepted aud value (repeatable). Default: "
            + "https://login.salesforce.com and https://test.salesforce.com, plus the server's own URL always.")
    List<String> audiences = new ArrayList<>();

    @Option(names = "--cache-max-age", defaultValue = "2", paramLabel = "SECONDS",
            description = {"How long apps, users and the org may be served from memory (default: ${DEFAULT-VALUE}).",
                "Changes made through this server apply at once; the age bounds how long a change made by another",
                "server sharing the database goes unseen. 0 reads them from the database on every request."})
    long cacheMaxAgeSeconds;

    @Option(names = "--demo", description = "Seed a demo app, integration user and key pair; print commands that get a token.")
    boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        String envSecret = System.getenv("SIGNET_ADMIN_SECRET");
        ServerConfig config = ServerConfig.builder().host(host).port(port).dataDir(data).dbUrl(dbUrl).dbUser(dbUser)
                .dbPassword(dbPassword != null ? dbPassword : System.getenv("SIGNET_DB_PASSWORD"))
                .publicUrl(publicUrl)
                .extraAudiences(audiences.isEmpty() ? ServerConfig.SALESFORCE_AUDIENCES : audiences)
                .adminSecret(envSecret).demo(demo).cacheMaxAge(cacheMaxAge()).build();
        long started = System.nanoTime();
        SignetServer server;
        try {
            server = SignetServer.start(config);
        } catch (RuntimeException e) {
            throw new CliException("cannot start the server: " + rootMessage(e)
                    + (port != 0 ? " (is port " + port + " in use? try --port 0)" : ""));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "signet-shutdown"));
        out.printf("Signet server listening on %s (database: %s, data: %s, started in %d ms)%n", server.baseUrl(),
                server.databaseKind(), data.toAbsolutePath().normalize(), (System.nanoTime() - started) / 1_000_000);
        out.printf("Admin secret: %s%n", envSecret != null ? "from SIGNET_ADMIN_SECRET"
                : data.resolve("admin-secret").toAbsolutePath().normalize() + " (owner-only)");
        if (demo) {
            printDemo(out, server, DemoOrg.seed(server.admin(), data, Clock.systemUTC()));
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }

    private Duration cacheMaxAge() {
        if (cacheMaxAgeSeconds < 0) {
            throw new CliException("--cache-max-age must be 0 or more seconds");
        }
        return Duration.ofSeconds(cacheMaxAgeSeconds);
    }

    private void printDemo(PrintWriter out, SignetServer server, DemoOrg.Seeded demoOrg) {
        out.println();
        out.println("Demo org ready:");
        out.printf("  connected app   %s (consumer key %s)%n", DemoOrg.APP_NAME, demoOrg.consumerKey());
        out.printf("  user            %s (profile %s, pre-authorized)%n", demoOrg.username(), DemoOrg.PROFILE);
        out.printf("  private key     %s%n", demoOrg.keyFile());
        out.println();
        String token = String.format("./signet token --login-url %s --client-id %s --username %s --key %s",
                server.baseUrl(), demoOrg.consumerKey(), demoOrg.username(), demoOrg.keyFile());
        out.println("Get a token (in another terminal):");
        out.println("  " + token);
        out.println("Or get one and call the identity URL with it:");
        out.println("  TOKEN=$(" + token + " --field access_token)");
        out.printf("  curl -H \"Authorization: Bearer $TOKEN\" %s/id/%s/%s%n", server.baseUrl(), server.admin().org().id(),
                server.admin().user(demoOrg.username()).id());
        out.println();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
