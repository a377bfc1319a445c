package dev.signet.server.admin;

import dev.signet.server.model.LoginEvent;
import dev.signet.server.model.LoginHistoryFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * Login history filters from request parameters ({@code user}, {@code app}, {@code status},
 * {@code from}, {@code to}, {@code limit}) and the CSV export. Times are UTC: a date
 * ({@code 2026-05-01}), a local date-time ({@code 2026-05-01T09:30}) or an instant
 * ({@code 2026-05-01T09:30:00Z}); a date as {@code to} includes that whole day.
 */
public final class LoginHistoryQueries {
    public static final int DEFAULT_LIMIT = 200;
    private static final List<String> CSV_HEADER = List.of("Login Time", "Username", "Application", "Source IP",
            "Login Type", "Login Subtype", "Status", "Reason", "Login URL", "User Agent", "Id");

    private LoginHistoryQueries() {}

    public static LoginHistoryFilter filter(Function<String, String> param) {
        return new LoginHistoryFilter(param.apply("user"), param.apply("app"), param.apply("status"),
                time(param.apply("from"), false), time(param.apply("to"), true), limit(param.apply("limit")));
    }

    /** RFC 4180 CSV with a header row; cells that a spreadsheet would run as a formula are prefixed with '. */
    public static String csv(List<LoginEvent> events) {
        StringBuilder out = new StringBuilder();
        row(out, CSV_HEADER);
        for (LoginEvent e : events) {
            row(out, List.of(e.time().toString(), nz(e.username()), nz(e.appName()), nz(e.sourceIp()),
                    nz(e.loginType()), nz(e.loginSubType()), nz(e.status()), nz(e.reason()), nz(e.loginUrl()),
                    nz(e.userAgent()), e.id()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String cell(String value) {
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static Instant time(String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                LocalDate date = LocalDate.parse(v);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(v).toInstant();
            }
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw AdminException.badRequest("'" + v + "' is not a date or time (e.g. 2026-05-01 or 2026-05-01T09:30)");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw AdminException.badRequest("limit must be a number");
        }
    }
}
