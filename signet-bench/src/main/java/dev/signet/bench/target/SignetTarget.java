package dev.signet.bench.target;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.bench.mint.AssertionClaims;
import dev.signet.bench.scenario.Plan;
import dev.signet.bench.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.h2.engine.Constants;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Signet as a separate process, {@code java -jar signet-cli.jar server --port 0 --data DIR}, on
 * embedded SQLite (the default), embedded H2 or PostgreSQL. Measures the time from launch to the first served request.
 */
public final class SignetTarget implements Target {
    static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(30);

    /**
     * @param jvmArgs e.g. {@code -XX:StartFlightRecording=...}
     * @param database null for an embedded database
     * @param embedded the embedded database, {@code sqlite} or {@code h2} ({@code --embedded})
     * @param h2UrlOptions for experiments: settings appended to the embedded H2 URL (e.g.
     *     {@code QUERY_CACHE_SIZE=64}), passed as {@code --db-url}; empty for the server's own URL
     */
    public record Options(String name, Path jar, String javaBin, List<String> jvmArgs, PostgresDatabase database,
            String embedded, String h2UrlOptions, Path dataDir, MintBudget budget, String certificatePem) {}

    /** The server's embedded URL ({@code storage.Database.embedded}) as of this writing. */
    static final String H2_URL =
            "jdbc:h2:file:%s;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;%s";

    private final Options options;
    private final SetupHttp http = new SetupHttp();
    private ServerProcess process;
    private String baseUrl;
    private Duration startup;
    private SignetScenarios scenarios;

    public SignetTarget(Options options) {
        this.options = options;
    }

    @Override
    public String name() {
        return options.name();
    }

    @Override
    public boolean isSignet() {
        return true;
    }

    /**
     * Starts the server as {@code ./signet server} runs it from the second start on: with the
     * class-data archive that the launcher records on the first. A training start on a scratch
     * data directory records it here, before the measured start (with a new, empty database).
     */
    @Override
    public void start() {
        Path archive = options.dataDir().resolveSibling(options.dataDir().getFileName() + ".jsa");
        Path training = options.dataDir().resolveSibling(options.dataDir().getFileName() + "-cds-training");
        launch(training, "-XX:ArchiveClassesAtExit=" + archive);
        process.close(); // SIGTERM: the JVM writes the archive as it exits
        String secret = launch(options.dataDir(), Files.exists(archive) ? "-XX:SharedArchiveFile=" + archive : null);
        startup = Duration.ofNanos(System.nanoTime() - process.startedNanos());
        scenarios = new SignetScenarios(http, baseUrl, options.budget(), setUp(secret));
    }

    // Starts a server on dataDir, ready when it answers; returns its admin secret.
    private String launch(Path dataDir, String cdsOption) {
        String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        createDirectories(dataDir);
        // MALLOC_ARENA_MAX as ./signet sets it.
        process = ServerProcess.start(command(dataDir, cdsOption), Map.of("SIGNET_ADMIN_SECRET", secret,
                "SIGNET_DB_PASSWORD", PostgresDatabase.PASSWORD, "MALLOC_ARENA_MAX", System.getenv().getOrDefault("MALLOC_ARENA_MAX", "2")),
                dataDir.getParent(), dataDir.resolveSibling(dataDir.getFileName() + ".log"));
        baseUrl = Readiness.awaitFile(process, dataDir.resolve("server.json"), "url", Duration.ofSeconds(60));
        Readiness.awaitStatus(process, http, baseUrl + "/services/data", 200, Duration.ofSeconds(30));
        return secret;
    }

    private List<String> command(Path dataDir, String cdsOption) {
        List<String> cmd = new ArrayList<>(List.of(options.javaBin()));
        cmd.addAll(options.jvmArgs());
        if (cdsOption != null) {
            cmd.add(cdsOption);
        }
        cmd.addAll(List.of("-jar", options.jar().toString(), "server", "--port", "0", "--data", dataDir.toString()));
        if (!dataDir.equals(options.dataDir())) {
            return cmd; // the training start: the default embedded store in its own directory, never the measured one
        }
        if (options.database() != null) {
            cmd.addAll(List.of("--db-url", options.database().url(), "--db-user", options.database().user()));
        } else if (!options.h2UrlOptions().isBlank()) {
            String file = options.dataDir().resolve("db").resolve("signet").toAbsolutePath().toString();
            cmd.addAll(List.of("--db-url", String.format(H2_URL, file, options.h2UrlOptions()), "--db-user", "sa"));
        } else {
            cmd.addAll(List.of("--embedded", options.embedded()));
        }
        return cmd;
    }

    private SignetFixture setUp(String secret) {
        SignetAdmin admin = new SignetAdmin(http, baseUrl, secret);
        String username = "integration@bench.signet.test";
        admin.createUser(username);
        String key = admin.createApp("Signet Bench", options.certificatePem(), Map.of()).path("consumerKey").asText();
        JsonNode jwtApp = admin.createApp("Signet Bench JWT", options.certificatePem(), Map.of("jwtAccessTokens", true));
        JsonNode token = fetchToken(key, username);
        String jwtKey = jwtApp.path("consumerKey").asText();
        String unsupported = jwtUnsupportedReason(jwtApp, jwtKey, username);
        return new SignetFixture(username, key, unsupported == null ? jwtKey : null, unsupported,
                token.path("access_token").asText(), token.path("id").asText());
    }

    // A build without per-app JWT access tokens ignores the field: then the app answers opaque tokens.
    private String jwtUnsupportedReason(JsonNode jwtApp, String jwtKey, String username) {
        JsonNode token = fetchToken(jwtKey, username);
        String accessToken = token.path("access_token").asText();
        if (accessToken.startsWith("eyJ") && accessToken.chars().filter(c -> c == '.').count() == 2) {
            return null;
        }
        return "not supported by this build: the admin API " + (jwtApp.has("jwtAccessTokens")
                ? "accepted jwtAccessTokens but the app still issues opaque tokens"
                : "ignored the jwtAccessTokens field (an opaque token was issued)");
    }

    JsonNode fetchToken(String consumerKey, String username) {
        String assertion = options.budget().minter().mint(claims(consumerKey, username), "probe-" + System.nanoTime());
        SetupHttp.Reply reply = http.postForm(baseUrl + "/services/oauth2/token", Map.of(), Map.of(
                "grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion", assertion));
        if (!reply.ok()) {
            throw new IllegalStateException("Signet refused the setup token request: " + reply.status() + " "
                    + reply.body());
        }
        return reply.json();
    }

    AssertionClaims claims(String consumerKey, String username) {
        return new AssertionClaims(consumerKey, username, baseUrl, ASSERTION_LIFETIME);
    }

    @Override
    public InetSocketAddress address() {
        URI uri = URI.create(baseUrl);
        return new InetSocketAddress(uri.getHost(), uri.getPort());
    }

    @Override
    public Plan plan(Scenario scenario) {
        return scenarios.plan(scenario);
    }

    @Override
    public ProcStatus memory() {
        return process == null ? new ProcStatus(0, 0) : process.memory();
    }

    @Override
    public Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        if (options.database() == null && "sqlite".equals(options.embedded())) {
            versions.put("SQLite", SQLiteJDBCLoader.getVersion() + " (WAL, synchronous=FULL)");
        } else if (options.database() == null) {
            versions.put("H2", Constants.VERSION
                    + (options.h2UrlOptions().isBlank() ? "" : " (URL options " + options.h2UrlOptions() + ")"));
        } else {
            versions.put("PostgreSQL", options.database().version());
        }
        return versions;
    }

    @Override
    public Optional<Duration> startup() {
        return Optional.ofNullable(startup);
    }

    @Override
    public List<String> notes() {
        return scenarios == null ? List.of() : scenarios.notes();
    }

    /** Stops the server and deletes its database files (the log stays beside the data directory). */
    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
        deleteRecursively(options.dataDir().resolve("db"));
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // under target/: left behind, harmless
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
