package dev.signet.server.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in config: {@code 180s}, {@code 5m}, {@code 1h}, {@code 500ms}, or plain seconds. */
public final class Durations {
    private static final Pattern SYNTAX = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    private Durations() {}

    /** Parses {@code text}; throws {@link IllegalArgumentException} saying what is accepted. */
    public static Duration parse(String text) {
        Matcher m = SYNTAX.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a duration such as 180s, 5m, 1h or plain seconds");
        }
        long amount;
        try {
            amount = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("duration too long");
        }
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    /** The shortest form {@link #parse} reads back to the same duration. */
    public static String format(Duration d) {
        if (d.toMillisPart() != 0 || d.toNanosPart() % 1_000_000 != 0) {
            return d.toMillis() + "ms";
        }
        long seconds = d.toSeconds();
        if (seconds != 0 && seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        // Short durations read best in seconds (clock skew "180s", as Salesforce documents it).
        if (seconds >= 300 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
