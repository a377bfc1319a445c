package dev.signet.server.data;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Salesforce's date and dateTime text forms: {@code 2024-01-31} and {@code 2024-01-31T10:00:00.000+0000}. */
public final class Dates {
    private static final DateTimeFormatter OUTPUT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx", Locale.ROOT).withZone(ZoneOffset.UTC);
    // The years a dateTime may fall in (UTC): those its four-digit text form can write and read back.
    private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");
    private static final Pattern DATETIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(Z|[+-]\\d{2}:?\\d{2})?");

    private Dates() {}

    public static String format(Instant instant) {
        return OUTPUT.format(instant);
    }

    public static String format(LocalDate date) {
        return date.toString();
    }

    public static Optional<LocalDate> parseDate(String text) {
        try {
            return text.matches("\\d{4}-\\d{2}-\\d{2}") ? Optional.of(LocalDate.parse(text)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses {@code yyyy-MM-ddTHH:mm[:ss[.fff]]} with {@code Z}, {@code ±hh:mm} or {@code ±hhmm}, in
     * UTC within the years 0000 to 9999; without an offset the time is UTC unless {@code offsetRequired}.
     */
    public static Optional<Instant> parseDateTime(String text, boolean offsetRequired) {
        Matcher m = DATETIME.matcher(text);
        if (!m.matches() || (offsetRequired && m.group(3) == null)) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + m.group(2));
            String offset = m.group(3) == null ? "Z" : m.group(3);
            if (offset.length() == 5) {
                offset = offset.substring(0, 3) + ":" + offset.substring(3);
            }
            Instant instant = local.toInstant(ZoneOffset.of(offset));
            return instant.isBefore(FIRST) || !instant.isBefore(END) ? Optional.empty() : Optional.of(instant);
        } catch (DateTimeException e) {
            // not a date (02-30), or an offset beyond ±18:00
            return Optional.empty();
        }
    }
}
