package dev.signet.bench.target;

import dev.signet.bench.scenario.Plan;
import dev.signet.bench.scenario.Scenario;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several Signet nodes on one PostgreSQL database behind HAProxy, as {@code scripts/cluster/run.sh}
 * runs them: the nodes share the database, the cluster secret, the admin secret and the public URL
 * (the load balancer's). The load goes to the load balancer only.
 */
public final class SignetClusterTarget implements Target {
    /**
     * @param nodes how many Signet processes
     * @param workDir node directories, logs and the HAProxy config go here
     */
    public record Options(String name, int nodes, Path jar, String javaBin, List<String> jvmArgs,
            PostgresDatabase database, Path workDir, MintBudget budget, String certificatePem) {}

    private final Options options;
    private final SetupHttp http = new SetupHttp();
    private final SignetLaunch launch;
    private final List<ServerProcess> nodes = new ArrayList<>();
    private ServerProcess balancer;
    private int port;
    private SignetScenarios scenarios;

    public SignetClusterTarget(Options options) {
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

    /** The first node migrates and seeds the new database; the others then start together. */
    @Override
    public void start() {
        Haproxy.binary();
        port = SetupHttp.freePort();
        String url = "http://127.0.0.1:" + port;
        String adminSecret = SignetLaunch.newSecret();
        Map<String, String> env = Map.of("SIGNET_ADMIN_SECRET", adminSecret,
                "SIGNET_CLUSTER_SECRET", SignetLaunch.newSecret());
        String cds = launch.recordCds(nodeDir(1));
        List<Integer> ports = new ArrayList<>();
        for (int k = 1; k <= options.nodes(); k++) {
            ports.add(SetupHttp.freePort());
            nodes.add(launch.start(nodeDir(k), cds, nodeArgs(ports.get(k - 1), url), env));
            if (k == 1) {
                launch.awaitServing(nodes.get(0), nodeUrl(ports.get(0)));
            }
        }
        for (int k = 2; k <= options.nodes(); k++) {
            launch.awaitServing(nodes.get(k - 1), nodeUrl(ports.get(k - 1)));
        }
        balancer = Haproxy.start(options.workDir().resolve("haproxy"), port, ports);
        Readiness.awaitStatus(balancer, http, url + Haproxy.HEALTH_PATH, 200, SignetLaunch.START_TIMEOUT);
        SignetFixture fixture = new SignetSetup(http, url, options.budget(), options.certificatePem()).create(adminSecret);
        scenarios = new SignetScenarios(http, url, options.budget(), fixture);
    }

    private Path nodeDir(int k) {
        return options.workDir().resolve("node" + k);
    }

    private List<String> nodeArgs(int nodePort, String publicUrl) {
        return List.of("--port", Integer.toString(nodePort), "--public-url", publicUrl,
                "--db-url", options.database().url(), "--db-user", options.database().user());
    }

    private static String nodeUrl(int nodePort) {
        return "http://127.0.0.1:" + nodePort;
    }

    @Override
    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    @Override
    public Plan plan(Scenario scenario) {
        return scenarios.plan(scenario);
    }

    /** All nodes and HAProxy together. */
    @Override
    public ProcStatus memory() {
        List<ServerProcess> all = new ArrayList<>(nodes);
        if (balancer != null) {
            all.add(balancer);
        }
        return all.stream().map(ServerProcess::memory).reduce(new ProcStatus(0, 0),
                (a, b) -> new ProcStatus(a.rssKb() + b.rssKb(), a.peakRssKb() + b.peakRssKb()));
    }

    @Override
    public Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("PostgreSQL", options.database().version());
        Haproxy.version().ifPresent(v -> versions.put("HAProxy", v));
        return versions;
    }

    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>(List.of(options.nodes() + " nodes on one PostgreSQL database behind HAProxy"
                + " (round robin, keep-alive, health checks), on the same cores as the load generator; RSS is the"
                + " nodes' and HAProxy's together"));
        if (scenarios != null) {
            notes.addAll(scenarios.notes());
        }
        return notes;
    }

    /** HAProxy first, then the nodes; the database is the comparison's to drop. */
    @Override
    public void close() {
        if (balancer != null) {
            balancer.close();
        }
        nodes.forEach(ServerProcess::close);
    }
}
