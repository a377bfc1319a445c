package dev.signet.bench.report;

import dev.signet.bench.compare.ComparisonReport;
import dev.signet.bench.scenario.Scenario;
import java.util.List;

/**
 * Signet's throughput divided by each peer's, PostgreSQL's by H2's and the cluster's by one node's, all
 * from the same run.
 */
final class RatiosTable {
    private static final List<String> SIGNET = List.of("signet-sqlite", "signet-h2", "signet-pg", "signet-cluster");
    private static final List<String> PEERS = List.of("nav-mock", "keycloak");

    private RatiosTable() {}

    static String render(ComparisonReport report) {
        List<String> peers = PEERS.stream().filter(p -> report.target(p).isPresent()).toList();
        StringBuilder md = new StringBuilder("| Signet | Scenario |");
        peers.forEach(p -> md.append(" vs ").append(report.target(p).orElseThrow().name()).append(" |"));
        md.append("\n|---|---|").append("---:|".repeat(peers.size())).append('\n');
        for (String signet : SIGNET) {
            if (report.target(signet).isEmpty()) {
                continue;
            }
            row(md, report, signet, Scenario.TOKEN, Scenario.TOKEN, peers);
            row(md, report, signet, Scenario.TOKEN_JWT, Scenario.TOKEN, peers);
            row(md, report, signet, Scenario.IDENTITY, Scenario.IDENTITY, peers);
        }
        return md.toString();
    }

    private static void row(StringBuilder md, ComparisonReport report, String signet, Scenario ours, Scenario theirs,
            List<String> peers) {
        md.append("| ").append(report.target(signet).orElseThrow().name()).append(" | `").append(ours.id())
                .append("` vs `").append(theirs.id()).append("` |");
        for (String peer : peers) {
            md.append(' ').append(Fmt.ratio(report.throughput(signet, ours), report.throughput(peer, theirs)))
                    .append(" |");
        }
        md.append('\n');
    }

    /** "PostgreSQL/H2" throughput per scenario, as a list line. */
    static String postgresVsH2(ComparisonReport report) {
        return relative(report, "signet-pg", "signet-h2", "Signet on PostgreSQL relative to H2 (throughput):");
    }

    /** The nodes behind the load balancer against one node, both on PostgreSQL, as a list line. */
    static String clusterVsPostgres(ComparisonReport report) {
        return report.target("signet-cluster").map(cluster -> relative(report, "signet-cluster", "signet-pg",
                cluster.name() + " relative to Signet (PostgreSQL) without a load balancer (throughput):")).orElse("");
    }

    private static String relative(ComparisonReport report, String ours, String base, String label) {
        if (report.target(ours).isEmpty() || report.target(base).isEmpty()) {
            return "";
        }
        StringBuilder line = new StringBuilder(label);
        for (Scenario s : Scenario.values()) {
            String r = Fmt.ratio(report.throughput(ours, s), report.throughput(base, s));
            if (!r.equals("—")) {
                line.append(" `").append(s.id()).append("` ").append(r).append(';');
            }
        }
        return line.charAt(line.length() - 1) == ';' ? line.substring(0, line.length() - 1) + "." : "";
    }
}
