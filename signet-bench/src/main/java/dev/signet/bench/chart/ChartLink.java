package dev.signet.bench.chart;

/**
 * A chart written to disk, as the report links it.
 *
 * @param title what the chart shows (the Markdown image's alt text)
 * @param path the file, relative to the report's directory (or absolute when there is no report file)
 */
public record ChartLink(String title, String path) {
    /** {@code ![title](path)} */
    public String markdown() {
        return "![" + title.replace("]", ")") + "](" + path + ")";
    }
}
