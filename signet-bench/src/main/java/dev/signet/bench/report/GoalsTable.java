package dev.signet.bench.report;

import dev.signet.bench.compare.ComparisonReport;
import dev.signet.bench.compare.ScenarioResult;
import dev.signet.bench.compare.TargetReport;
import dev.signet.bench.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** Issue 15's performance goals against what this run measured (information, not a test). */
final class GoalsTable {
    /** The embedded default store's target: the token goals are stated for it. */
    private static final String EMBEDDED = "signet-sqlite";
    private static final String POSTGRES = "signet-pg";
    /** The read goals are stated for H2; the embedded default stands in when H2 was not run. */
    private static final String H2 = "signet-h2";

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
        OptionalDouble embedded = r.throughput(EMBEDDED, Scenario.TOKEN);
        goals.add(atLeast("Opaque-token endpoint ≥ 10,000 tokens/s on the embedded store (SQLite)", embedded, 10_000));
        goals.add(atLeast("Opaque-token endpoint ≥ 8,000 tokens/s on PostgreSQL", r.throughput(POSTGRES, Scenario.TOKEN),
                8_000));
        goals.add(halfRateP99(r, EMBEDDED, "p99 ≤ 10 ms at half that rate (`token@50%`, SQLite)"));
        goals.add(halfRateP99(r, POSTGRES, "p99 ≤ 10 ms at half that rate (`token@50%`, PostgreSQL)"));
        goals.add(ratioGoal("≥ 6× NAV mock (`token`, SQLite)", embedded, r.throughput("nav-mock", Scenario.TOKEN), 6));
        goals.add(ratioGoal("≥ 25× Keycloak (`token`, SQLite)", embedded, r.throughput("keycloak", Scenario.TOKEN), 25));
        goals.add(signGoal(r));
        goals.add(readGoal(r, "Identity URL ≥ 30,000 req/s on H2", Scenario.IDENTITY));
        goals.add(readGoal(r, "REST record read ≥ 30,000 req/s on H2", Scenario.REST_READ));
        goals.add(signetMax(r, "Server RSS ≤ 300 MB (peak, Signet)", t -> t.peakMemory().peakRssKb() > 0,
                t -> t.peakMemory().peakRssMb(), v -> Fmt.mb(v) + " MB", 300));
        goals.add(signetMax(r, "Start to first served request ≤ 1 s (Signet)", t -> t.startup() != null,
                t -> t.startup().toMillis() / 1000.0, Fmt::seconds, 1));
        return goals;
    }

    private static Goal atLeast(String goal, OptionalDouble value, double min) {
        return value.isEmpty() ? unmeasured(goal)
                : new Goal(goal, Fmt.rate(value.getAsDouble()) + "/s", value.getAsDouble() >= min);
    }

    private static Goal halfRateP99(ComparisonReport r, String target, String goal) {
        return r.result(target, Scenario.TOKEN_HALF_RATE).filter(ScenarioResult::passed).map(x -> {
            double p99 = x.result().percentileMillis(99);
            return new Goal(goal, Fmt.millis(p99) + " ms at " + x.mode(), p99 <= 10);
        }).orElse(unmeasured(goal));
    }

    private static Goal ratioGoal(String goal, OptionalDouble ours, OptionalDouble theirs, double min) {
        if (ours.isEmpty() || theirs.isEmpty() || theirs.getAsDouble() == 0) {
            return unmeasured(goal);
        }
        double ratio = ours.getAsDouble() / theirs.getAsDouble();
        return new Goal(goal, Fmt.ratio(ratio), ratio >= min);
    }

    private static Goal signGoal(ComparisonReport r) {
        String goal = "RS256 JWT access tokens (`token-jwt`, SQLite) ≥ 85% of the RSA-sign rate (JMH, same run)";
        OptionalDouble jwt = r.throughput(EMBEDDED, Scenario.TOKEN_JWT);
        if (jwt.isEmpty() || r.signLimit().isEmpty()) {
            return unmeasured(goal);
        }
        double share = jwt.getAsDouble() / r.signLimit().getAsDouble();
        return new Goal(goal, Fmt.rate(jwt.getAsDouble()) + "/s = " + Math.round(share * 100) + "% of "
                + Fmt.rate(r.signLimit().getAsDouble()) + " signatures/s", share >= 0.85);
    }

    // On H2; when H2 was not run at all, on the embedded default, saying so.
    private static Goal readGoal(ComparisonReport r, String goal, Scenario scenario) {
        boolean h2Ran = r.target(H2).isPresent();
        String target = h2Ran ? H2 : EMBEDDED;
        OptionalDouble rate = r.throughput(target, scenario);
        if (rate.isEmpty()) {
            return unmeasured(goal);
        }
        String measured = Fmt.rate(rate.getAsDouble()) + "/s"
                + (h2Ran ? "" : " on " + r.target(EMBEDDED).orElseThrow().name() + " (H2 not run)");
        return new Goal(goal, measured, rate.getAsDouble() >= 30_000);
    }

    // The largest value over the Signet targets that measured it, each listed.
    private static Goal signetMax(ComparisonReport r, String goal, Predicate<TargetReport> measured,
            ToDoubleFunction<TargetReport> value, DoubleFunction<String> format, double max) {
        List<TargetReport> signet = r.targets().stream().filter(TargetReport::signet).filter(measured).toList();
        if (signet.isEmpty()) {
            return unmeasured(goal);
        }
        StringBuilder text = new StringBuilder();
        double worst = 0;
        for (TargetReport t : signet) {
            worst = Math.max(worst, value.applyAsDouble(t));
            text.append(text.length() == 0 ? "" : ", ").append(t.name()).append(' ')
                    .append(format.apply(value.applyAsDouble(t)));
        }
        return new Goal(goal, text.toString(), worst <= max);
    }

    private static Goal unmeasured(String goal) {
        return new Goal(goal, "—", null);
    }
}
