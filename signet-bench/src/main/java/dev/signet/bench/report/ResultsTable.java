package dev.signet.bench.report;

import dev.signet.bench.compare.ComparisonReport;
import dev.signet.bench.compare.ScenarioResult;
import dev.signet.bench.compare.TargetReport;
import dev.signet.bench.load.RunResult;

/** The main table: one row per target and scenario. */
final class ResultsTable {
    private ResultsTable() {}

    static String render(ComparisonReport report) {
        StringBuilder md = new StringBuilder();
        md.append("| Target | Scenario | Load | Req/s | p50 ms | p99 ms | p99.9 ms | Errors | Server RSS MB | Notes |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (TargetReport target : report.targets()) {
            if (target.error() != null) {
                md.append("| ").append(target.name()).append(" | — | — | — | — | — | — | — | — | **could not run:** ")
                        .append(Fmt.cell(target.error())).append(" |\n");
            }
            for (ScenarioResult r : target.results()) {
                if (target.signet() || r.measured()) { // a peer's "no equivalent" rows are noise
                    md.append(row(target, r));
                }
            }
        }
        return md.toString();
    }

    private static String row(TargetReport target, ScenarioResult r) {
        String head = "| " + target.name() + " | `" + r.scenario().id() + "` | ";
        if (!r.measured()) {
            return head + "— | — | — | — | — | — | — | skipped: " + Fmt.cell(r.skipReason()) + " |\n";
        }
        RunResult run = r.result();
        String rss = r.memory().rssKb() == 0 ? "—" : Fmt.mb(r.memory().rssMb());
        if (run.failed()) {
            return head + r.mode() + " | **FAILED** | — | — | — | " + run.errors() + " | " + rss + " | "
                    + Fmt.cell(run.failureSummary()) + " |\n";
        }
        return head + r.mode() + " | " + Fmt.rate(run.throughput()) + " | " + Fmt.millis(run.percentileMillis(50))
                + " | " + Fmt.millis(run.percentileMillis(99)) + " | " + Fmt.millis(run.percentileMillis(99.9))
                + " | 0 | " + rss + " | " + notes(run) + " |\n";
    }

    private static String notes(RunResult run) {
        String measured = String.format(java.util.Locale.ROOT, "%,d ok in %.1f s", run.succeeded(), run.elapsedSeconds());
        return run.exhausted() ? measured + "; assertion pool ran out (raise --max-assertions)" : measured;
    }
}
