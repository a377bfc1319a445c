package dev.signet.bench.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Map;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The look shared by every chart: plain white, legend below, one fixed colour per target. */
final class ChartStyle {
    static final int WIDTH = 900;
    static final int HEIGHT = 480;

    // Signet in cool colours, the peers in warm ones; fixed per target so a target looks the same in every chart.
    private static final Map<String, Color> TARGET_COLORS = Map.of(
            "signet-sqlite", new Color(0x1F77B4),
            "signet-h2", new Color(0x17BECF),
            "signet-pg", new Color(0x2CA02C),
            "signet-cluster", new Color(0x9467BD),
            "nav-mock", new Color(0xFF7F0E),
            "keycloak", new Color(0xD62728));
    private static final Color OTHER = new Color(0x7F7F7F);

    private ChartStyle() {}

    static Color color(String targetId) {
        return TARGET_COLORS.getOrDefault(targetId, OTHER);
    }

    static void apply(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(new Color(0xE8E8E8));
        // solid: VectorGraphics2D writes every dash of a dashed line as a path of its own (14 KB a line)
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }
}
