package dev.signet.bench.report;

import dev.signet.bench.chart.ChartLink;
import dev.signet.bench.compare.ComparisonReport;
import dev.signet.bench.compare.RunSettings;
import dev.signet.bench.compare.TargetReport;
import dev.signet.bench.scenario.Scenario;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The {@code ## Server} section of BENCHMARKS.md, rendered from one comparison. */
public final class ServerSection {
    public static final String HEADING = "## Server";
    public static final String COMMAND = "scripts/bench/run.sh";

    static final String CHARTS_NOTE = "Bars: passed runs only. Latency curves: HdrHistogram's percentile "
            + "distribution, the percentile axis spread as 1/(1−p) so that each step right is a ten times rarer request, "
            + "latency on a log scale; a failed run has no curve.";

    private ServerSection() {}

    public static String render(ComparisonReport r) {
        return render(r, List.of());
    }

    /** The section, with {@code charts} (already written) shown after the results table. */
    public static String render(ComparisonReport r, List<ChartLink> charts) {
        StringBuilder md = new StringBuilder(HEADING).append("\n\n");
        md.append("Written by `").append(COMMAND).append("` (signet-bench `compare`); rerun it to refresh this section.\n\n");
        md.append(header(r)).append('\n');
        md.append(ResultsTable.render(r)).append('\n');
        if (!charts.isEmpty()) {
            md.append("### Charts\n\n");
            charts.forEach(c -> md.append(c.markdown()).append("\n\n"));
            md.append(CHARTS_NOTE).append("\n\n");
        }
        md.append("### Ratios (same run, throughput)\n\n").append(RatiosTable.render(r)).append('\n');
        for (String line : List.of(RatiosTable.postgresVsH2(r), RatiosTable.clusterVsPostgres(r))) {
            if (!line.isEmpty()) {
                md.append(line).append("\n\n");
            }
        }
        md.append("### Goals\n\n").append(GoalsTable.render(r)).append('\n');
        md.append("### Scenarios and setup notes\n\n").append(notes(r));
        return md.toString();
    }

    private static String header(ComparisonReport r) {
        RunSettings s = r.settings();
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(r.started().atOffset(ZoneOffset.UTC));
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "- **Run:** %s, %.1f min. **Machine:** %s, %d cores, %d MiB RAM, %s; "
                + "load average at start %.2f%s.%n", when, r.minutes(), r.machine().cpu(), r.machine().cores(),
                r.machine().memoryMb(), r.machine().os(), r.machine().loadAverage(),
                r.machine().loadAverage() > 0.5 ? " (other work was running: treat the numbers as noisy)" : ""));
        md.append("- **Software:** ").append(r.signetVersion()).append(" and the load generator on ")
                .append(r.machine().jdk());
        Set<String> versions = new LinkedHashSet<>();
        r.targets().forEach(t -> t.versions().forEach((k, v) -> versions.add(k + " " + v)));
        versions.forEach(v -> md.append("; ").append(v));
        md.append(".\n");
        md.append(String.format(Locale.ROOT, "- **Load:** closed loop over %d keep-alive connections for %d s per "
                + "scenario after a %d s warm-up (%d s before each server's first scenario, so its JIT has settled); `%s` holds a fixed rate over %d connections, latency counted from "
                + "each request's scheduled start. Assertions (RS256, unique `jti`) are pre-minted before each run, "
                + "outside the measurement. The load generator shares the cores with the server. Every response is "
                + "checked: a run with any error is **FAILED**.%n", s.concurrency(), s.duration().toSeconds(),
                s.warmup().toSeconds(), Math.max(s.warmup().toSeconds(), s.firstWarmup().toSeconds()),
                Scenario.TOKEN_HALF_RATE.id(), s.fixedRateConcurrency()));
        startup(r, md);
        return md.toString();
    }

    private static void startup(ComparisonReport r, StringBuilder md) {
        StringBuilder line = new StringBuilder();
        for (TargetReport t : r.targets()) {
            if (t.startup() != null) {
                line.append(line.length() == 0 ? "" : "; ").append(t.name()).append(' ')
                        .append(Fmt.seconds(t.startup().toMillis() / 1000.0));
            }
        }
        if (line.length() > 0) {
            md.append("- **Start to first served request:** ").append(line).append(".\n");
        }
    }

    private static String notes(ComparisonReport r) {
        StringBuilder md = new StringBuilder();
        for (Scenario s : Scenario.values()) {
            md.append("- `").append(s.id()).append("`: ").append(s.description()).append(".\n");
        }
        md.append("- Peers run only `token`, `token@50%` and `identity` (OIDC userinfo); Signet's REST, SOQL and mixed "
                + "scenarios have no equivalent there.\n");
        for (TargetReport t : r.targets()) {
            for (String note : t.notes()) {
                md.append("- ").append(t.name()).append(": ").append(note).append(".\n");
            }
        }
        return md.toString();
    }
}
