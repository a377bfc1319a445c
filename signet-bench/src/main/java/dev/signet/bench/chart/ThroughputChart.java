package dev.signet.bench.chart;

import dev.signet.bench.compare.ComparisonReport;
import dev.signet.bench.compare.ScenarioResult;
import dev.signet.bench.compare.TargetReport;
import dev.signet.bench.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/** Requests per second as grouped bars: scenarios along the x axis, one bar per target. */
final class ThroughputChart {
    static final String TITLE = "Throughput per target and scenario (requests/s, higher is better)";

    private ThroughputChart() {}

    /** The chart, or null when no run passed. */
    static CategoryChart of(ComparisonReport report) {
        List<Scenario> scenarios = Arrays.stream(Scenario.values()).filter(s -> anyPassed(report, s)).toList();
        if (scenarios.isEmpty()) {
            return null;
        }
        CategoryChart chart = new CategoryChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT)
                .title(TITLE).xAxisTitle("Scenario").yAxisTitle("Requests/s").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLabelsVisible(true).setLabelsRotation(90)
                .setLabelsFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10));
        chart.getStyler().setyAxisTickLabelsFormattingFunction(v -> String.format(Locale.ROOT, "%,.0f", v));
        chart.getStyler().setYAxisMin(0.0);
        List<String> categories = scenarios.stream().map(Scenario::id).toList();
        for (TargetReport target : report.targets()) {
            List<Double> rates = new ArrayList<>();
            scenarios.forEach(s -> rates.add(rate(target, s)));
            if (rates.stream().anyMatch(r -> r != null)) {
                CategorySeries series = chart.addSeries(target.name(), categories, rates);
                series.setFillColor(ChartStyle.color(target.id()));
            }
        }
        return chart;
    }

    // null (no bar) where the target did not run the scenario or the run failed
    private static Double rate(TargetReport target, Scenario scenario) {
        return target.results().stream().filter(r -> r.scenario() == scenario && r.passed()).findFirst()
                .map(ScenarioResult::throughput).orElse(null);
    }

    private static boolean anyPassed(ComparisonReport report, Scenario scenario) {
        return report.targets().stream().anyMatch(t -> rate(t, scenario) != null);
    }
}
