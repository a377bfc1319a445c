package dev.signet.bench.report;

import java.util.Locale;
import java.util.OptionalDouble;

/** Number formats of the report. */
final class Fmt {
    private Fmt() {}

    /** 12,345 */
    static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    static String millis(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.1f", ms);
    }

    static String mb(double mb) {
        return String.format(Locale.ROOT, "%.0f", mb);
    }

    /** 6.3× */
    static String ratio(double r) {
        return String.format(Locale.ROOT, r < 10 ? "%.2f×" : "%.1f×", r);
    }

    static String ratio(OptionalDouble numerator, OptionalDouble denominator) {
        if (numerator.isEmpty() || denominator.isEmpty() || denominator.getAsDouble() == 0) {
            return "—";
        }
        return ratio(numerator.getAsDouble() / denominator.getAsDouble());
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    /** Makes text safe inside a Markdown table cell. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
