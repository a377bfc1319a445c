package dev.signet.bench.chart;

import dev.signet.bench.compare.ComparisonReport;
import dev.signet.bench.scenario.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes the report's charts as SVG files: {@code throughput.svg} and one {@code latency-SCENARIO.svg}
 * per scenario in {@link #LATENCY_SCENARIOS} that any target passed.
 */
public final class ChartFiles {
    /** The scenarios whose latency curves are drawn: the token endpoint's, and the one all peers have. */
    public static final List<Scenario> LATENCY_SCENARIOS = List.of(Scenario.TOKEN, Scenario.TOKEN_HALF_RATE,
            Scenario.TOKEN_JWT, Scenario.IDENTITY);

    static {
        // fonts and layout need AWT, never a display
        System.setProperty("java.awt.headless", "true");
    }

    private ChartFiles() {}

    /**
     * Writes every chart into {@code dir} and returns the links, relative to {@code linkBase} (absolute
     * when it is null). A chart that cannot be drawn is reported on {@code log} and left out: the
     * measurements matter more than their pictures.
     */
    public static List<ChartLink> write(ComparisonReport report, Path dir, Path linkBase, PrintStream log) {
        List<ChartLink> links = new ArrayList<>();
        save(ThroughputChart.of(report), ThroughputChart.TITLE, dir.resolve("throughput.svg"), linkBase, log)
                .ifPresent(links::add);
        for (Scenario scenario : LATENCY_SCENARIOS) {
            save(LatencyChart.of(report, scenario), LatencyChart.title(scenario),
                    dir.resolve("latency-" + fileName(scenario) + ".svg"), linkBase, log).ifPresent(links::add);
        }
        return links;
    }

    /** {@code token@50%} → {@code token-at-50}: safe in a file name and a Markdown link. */
    static String fileName(Scenario scenario) {
        return scenario.id().replace("@", "-at-").replace("%", "");
    }

    /**
     * The SVG with a {@code <title>} and a {@code <desc>} naming the series: XChart draws its text as
     * outlines, so without them the file would say nothing to a screen reader or a text search.
     */
    static String described(String svg, String title, Collection<String> series) {
        int root = svg.indexOf("<svg");
        int end = root < 0 ? -1 : svg.indexOf('>', root);
        if (end < 0) {
            throw new IllegalStateException("not an SVG document");
        }
        String text = "\n  <title>" + xml(title) + "</title>\n  <desc>Series: " + xml(String.join(", ", series))
                + ".</desc>";
        return svg.substring(0, end + 1) + text + svg.substring(end + 1);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Optional<ChartLink> save(Chart<?, ?> chart, String title, Path file, Path linkBase,
            PrintStream log) {
        if (chart == null) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(file.getParent());
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsFormat.SVG);
            Files.writeString(file, described(svg.toString(StandardCharsets.UTF_8), title, chart.getSeriesMap().keySet()));
            Path absolute = file.toAbsolutePath().normalize();
            String path = linkBase == null ? absolute.toString()
                    : linkBase.toAbsolutePath().normalize().relativize(absolute).toString().replace('\\', '/');
            return Optional.of(new ChartLink(title, path));
        } catch (IOException | RuntimeException | LinkageError | java.awt.AWTError e) {
            log.printf("could not draw %s: %s%n", file.getFileName(), e);
            return Optional.empty();
        }
    }
}
