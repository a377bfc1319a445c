package dev.signet.bench.target;

import dev.signet.bench.scenario.Plan;
import dev.signet.bench.scenario.Scenario;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final SignetLaunch launch;
    private ServerProcess process;
    private String baseUrl;
    private Duration startup;
    private SignetScenarios scenarios;

    public SignetTarget(Options options) {
        this.options = options;
        this.launch = new SignetLaunch(options.jar(), options.javaBin(), options.jvmArgs(), http);
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
     * class-data archive that the launcher records on the first, recorded here by a training start
     * before the measured start (with a new, empty database).
     */
    @Override
    public void start() {
        String cds = launch.recordCds(options.dataDir());
        String secret = SignetLaunch.newSecret();
        process = launch.start(options.dataDir(), cds, serverArgs(), Map.of("SIGNET_ADMIN_SECRET", secret));
        baseUrl = launch.awaitUrl(process, options.dataDir());
        startup = Duration.ofNanos(System.nanoTime() - process.startedNanos());
        SignetFixture fixture = new SignetSetup(http, baseUrl, options.budget(), options.certificatePem()).create(secret);
        scenarios = new SignetScenarios(http, baseUrl, options.budget(), fixture);
    }

    private List<String> serverArgs() {
        List<String> args = new ArrayList<>(List.of("--port", "0"));
        if (options.database() != null) {
            args.addAll(List.of("--db-url", options.database().url(), "--db-user", options.database().user()));
        } else if (!options.h2UrlOptions().isBlank()) {
            String file = options.dataDir().resolve("db").resolve("signet").toAbsolutePath().toString();
            args.addAll(List.of("--db-url", String.format(H2_URL, file, options.h2UrlOptions()), "--db-user", "sa"));
        } else {
            args.addAll(List.of("--embedded", options.embedded()));
        }
        return args;
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
}
