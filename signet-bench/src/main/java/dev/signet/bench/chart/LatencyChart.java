package dev.signet.bench.chart;

import dev.signet.bench.compare.ComparisonReport;
import dev.signet.bench.compare.ScenarioResult;
import dev.signet.bench.compare.TargetReport;
import dev.signet.bench.load.RunResult;
import dev.signet.bench.scenario.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * HdrHistogram's percentile distribution plot for one scenario: latency against percentile, the
 * percentile axis spread as log10(1/(1-p)) so that 90%, 99%, 99.9% and 99.99% are equally far apart
 * and the tail is as visible as the median. (The spread is computed here, on a linear axis: XChart's
 * own log axis ignores a tick-label function.)
 */
final class LatencyChart {
    /** log10(1/(1-p)) of the last point drawn: 4 is 99.99%. */
    private static final int DECADES = 4;
    private static final int POINTS_PER_DECADE = 20;

    private LatencyChart() {}

    static String title(Scenario scenario) {
        return "Latency by percentile, " + scenario.id() + " (ms, lower is better)";
    }

    /** The chart, or null when no target passed the scenario. */
    static XYChart of(ComparisonReport report, Scenario scenario) {
        XYChart chart = new XYChartBuilder().width(ChartStyle.WIDTH).height(ChartStyle.HEIGHT).title(title(scenario))
                .xAxisTitle("Percentile").yAxisTitle("Latency (ms)").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisMin(0.0).setXAxisMax((double) DECADES).setXAxisTickMarkSpacingHint(150)
                .setxAxisTickLabelsFormattingFunction(LatencyChart::percentileLabel)
                .setYAxisLogarithmic(true);
        for (TargetReport target : report.targets()) {
            passed(target, scenario).ifPresent(r -> addCurve(chart, target, r));
        }
        if (chart.getSeriesMap().isEmpty()) {
            return null;
        }
        wholeDecades(chart);
        return chart;
    }

    private static void addCurve(XYChart chart, TargetReport target, ScenarioResult result) {
        int points = DECADES * POINTS_PER_DECADE + 1;
        double[] spread = new double[points];
        double[] millis = new double[points];
        RunResult run = result.result();
        for (int i = 0; i < points; i++) {
            spread[i] = (double) i / POINTS_PER_DECADE;
            // a log axis cannot show 0; the histogram's unit is 1 µs
            millis[i] = Math.max(run.percentileMillis(percent(spread[i])), 0.001);
        }
        String label = target.name() + " — " + String.format(Locale.ROOT, "%,.0f/s", run.throughput());
        XYSeries series = chart.addSeries(label, spread, millis);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(ChartStyle.color(target.id()));
        series.setLineWidth(2f);
    }

    // XChart labels a log axis at powers of ten only: widen it to whole decades so at least two are labelled.
    private static void wholeDecades(XYChart chart) {
        DoubleSummaryStatistics ms = chart.getSeriesMap().values().stream()
                .flatMapToDouble(s -> Arrays.stream(s.getYData())).summaryStatistics();
        double low = Math.floor(Math.log10(ms.getMin()));
        double high = Math.max(Math.ceil(Math.log10(ms.getMax())), low + 1);
        chart.getStyler().setYAxisMin(Math.pow(10, low)).setYAxisMax(Math.pow(10, high));
    }

    private static Optional<ScenarioResult> passed(TargetReport target, Scenario scenario) {
        return target.results().stream().filter(r -> r.scenario() == scenario && r.passed()).findFirst();
    }

    /** The percentile at log10(1/(1-p)) = spread: 0 → 0, 1 → 90, 2 → 99, 3 → 99.9. */
    static double percent(double spread) {
        return 100 * (1 - Math.pow(10, -spread));
    }

    /** Whole decades only (0 → "0%", 1 → "90%", 3 → "99.9%"); in-between ticks stay unlabelled. */
    static String percentileLabel(double spread) {
        if (Math.abs(spread - Math.rint(spread)) > 1e-9) {
            return "";
        }
        return new BigDecimal(percent(Math.rint(spread))).setScale(DECADES, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
