package dev.signet.bench.report;

import dev.signet.bench.compare.ComparisonReport;
import dev.signet.bench.compare.ScenarioResult;
import dev.signet.bench.compare.TargetReport;
import dev.signet.bench.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The performance goals against what this run measured (information, not a test). */
final class GoalsTable {
    /** The embedded default store's target: the goals are stated for it. */
    private static final String EMBEDDED = "signet-sqlite";

    private record Goal(String goal, String measured, Boolean met) {}

    private GoalsTable() {}

    static String render(ComparisonReport report) {
        StringBuilder md = new StringBuilder("| Goal | Measured | Met? |\n|---|---|---|\n");
        for (Goal g : goals(report)) {
            md.append("| ").append(g.goal()).append(" | ").append(Fmt.cell(g.measured())).append(" | ")
                    .append(g.met() == null ? "not measured" : g.met() ? "yes" : "**no**").append(" |\n");
        }
        return md.toString();
    }

    private static List<Goal> goals(ComparisonReport r) {
        List<Goal> goals = new ArrayList<>();
        OptionalDouble h2 = r.throughput(EMBEDDED, Scenario.TOKEN);
        goals.add(atLeast("Opaque-token endpoint ≥ 10,000 tokens/s on the embedded store", h2, 10_000, "/s"));
        Optional<ScenarioResult> half = r.result(EMBEDDED, Scenario.TOKEN_HALF_RATE).filter(ScenarioResult::passed);
        goals.add(half.map(x -> new Goal("p99 ≤ 20 ms at half that rate (embedded)", Fmt.millis(x.result().percentileMillis(99))
                + " ms at " + x.mode(), x.result().percentileMillis(99) <= 20)).orElse(unmeasured("p99 ≤ 20 ms at half that rate (embedded)")));
        goals.add(ratioGoal("PostgreSQL within 2× of the embedded store (`token`)", h2, r.throughput("signet-pg", Scenario.TOKEN), 2,
                "embedded / PostgreSQL = ", false));
        goals.add(ratioGoal("≥ 20× NAV mock (`token`)", h2, r.throughput("nav-mock", Scenario.TOKEN), 20, "", true));
        goals.add(ratioGoal("≥ 20× Keycloak (`token`)", h2, r.throughput("keycloak", Scenario.TOKEN), 20, "", true));
        goals.add(signGoal(r));
        goals.add(atLeast("Identity URL ≥ 15,000 req/s (embedded)", r.throughput(EMBEDDED, Scenario.IDENTITY), 15_000, "/s"));
        goals.add(atLeast("REST record read ≥ 15,000 req/s (embedded)", r.throughput(EMBEDDED, Scenario.REST_READ), 15_000, "/s"));
        goals.add(rssGoal(r));
        goals.add(startupGoal(r));
        return goals;
    }

    private static Goal atLeast(String goal, OptionalDouble value, double min, String unit) {
        return value.isEmpty() ? unmeasured(goal)
                : new Goal(goal, Fmt.rate(value.getAsDouble()) + unit, value.getAsDouble() >= min);
    }

    // atLeast: a / b ≥ limit; otherwise a / b ≤ limit.
    private static Goal ratioGoal(String goal, OptionalDouble a, OptionalDouble b, double limit, String prefix,
            boolean atLeast) {
        if (a.isEmpty() || b.isEmpty() || b.getAsDouble() == 0) {
            return unmeasured(goal);
        }
        double ratio = a.getAsDouble() / b.getAsDouble();
        return new Goal(goal, prefix + Fmt.ratio(ratio), atLeast ? ratio >= limit : ratio <= limit);
    }

    private static Goal signGoal(ComparisonReport r) {
        String goal = "RS256 JWT tokens ≥ 80% of the RSA-sign limit (embedded)";
        OptionalDouble jwt = r.throughput(EMBEDDED, Scenario.TOKEN_JWT);
        if (jwt.isEmpty() || r.signLimit().isEmpty()) {
            return unmeasured(goal);
        }
        double share = jwt.getAsDouble() / r.signLimit().getAsDouble();
        return new Goal(goal, Fmt.rate(jwt.getAsDouble()) + "/s = " + Math.round(share * 100) + "% of "
                + Fmt.rate(r.signLimit().getAsDouble()) + " signatures/s (JMH)", share >= 0.8);
    }

    private static Goal rssGoal(ComparisonReport r) {
        String goal = "Server RSS ≤ 300 MB (peak, Signet)";
        List<TargetReport> signet = r.targets().stream().filter(TargetReport::signet)
                .filter(t -> t.peakMemory().peakRssKb() > 0).toList();
        if (signet.isEmpty()) {
            return unmeasured(goal);
        }
        StringBuilder text = new StringBuilder();
        double max = 0;
        for (TargetReport t : signet) {
            max = Math.max(max, t.peakMemory().peakRssMb());
            text.append(text.length() == 0 ? "" : ", ").append(t.name()).append(' ').append(Fmt.mb(t.peakMemory().peakRssMb()))
                    .append(" MB");
        }
        return new Goal(goal, text.toString(), max <= 300);
    }

    private static Goal startupGoal(ComparisonReport r) {
        String goal = "Start to first served request ≤ 2 s (Signet)";
        List<TargetReport> signet = r.targets().stream().filter(TargetReport::signet).filter(t -> t.startup() != null).toList();
        if (signet.isEmpty()) {
            return unmeasured(goal);
        }
        StringBuilder text = new StringBuilder();
        double max = 0;
        for (TargetReport t : signet) {
            double s = t.startup().toMillis() / 1000.0;
            max = Math.max(max, s);
            text.append(text.length() == 0 ? "" : ", ").append(t.name()).append(' ').append(Fmt.seconds(s));
        }
        return new Goal(goal, text.toString(), max <= 2);
    }

    private static Goal unmeasured(String goal) {
        return new Goal(goal, "—", null);
    }
}
