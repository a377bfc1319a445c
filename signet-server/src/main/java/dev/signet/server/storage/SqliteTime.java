package dev.signet.server.storage;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * SQLite's timestamps: UTC text of fixed width ({@code 2026-01-31 23:59:59.123456}), which sorts
 * and compares in time order. Written and read digit by digit, because every token carries three
 * of them and {@link DateTimeFormatter} was a tenth of the token endpoint's CPU time; years outside
 * 0000–9999 take the formatter.
 */
final class SqliteTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final int LENGTH = 26;

    private SqliteTime() {}

    static String format(Instant time) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(time.getEpochSecond(), time.getNano() / 1000 * 1000,
                ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return FORMAT.format(t);
        }
        char[] c = "0000-00-00 00:00:00.000000".toCharArray();
        digits(c, 0, 4, t.getYear());
        digits(c, 5, 2, t.getMonthValue());
        digits(c, 8, 2, t.getDayOfMonth());
        digits(c, 11, 2, t.getHour());
        digits(c, 14, 2, t.getMinute());
        digits(c, 17, 2, t.getSecond());
        digits(c, 20, 6, t.getNano() / 1000);
        return new String(c);
    }

    static Instant parse(String text) {
        if (text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(10) != ' ' || text.charAt(19) != '.') {
            return LocalDateTime.parse(text, FORMAT).toInstant(ZoneOffset.UTC);
        }
        return LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2), number(text, 11, 2),
                number(text, 14, 2), number(text, 17, 2), number(text, 20, 6) * 1000).toInstant(ZoneOffset.UTC);
    }

    private static void digits(char[] c, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static int number(String text, int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                throw new java.time.format.DateTimeParseException("not a stored timestamp", text, i);
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }
}
