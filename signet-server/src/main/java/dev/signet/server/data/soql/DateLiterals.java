package dev.signet.server.data.soql;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SOQL's relative date literals ({@code TODAY}, {@code LAST_N_DAYS:n}, {@code THIS_MONTH}…) as
 * day ranges relative to today. Weeks start on Sunday (the en_US locale); fiscal literals use the
 * default fiscal year, which is the calendar year. {@code LAST_N_DAYS:n} includes today,
 * {@code NEXT_N_DAYS:n} starts tomorrow, as Salesforce documents.
 */
final class DateLiterals {
    private static final Pattern THIS_LAST_NEXT =
            Pattern.compile("(THIS|LAST|NEXT)_(?:FISCAL_)?(WEEK|MONTH|QUARTER|YEAR)");
    private static final Pattern LAST_NEXT_N =
            Pattern.compile("(LAST|NEXT)_N_(?:FISCAL_)?(DAYS|WEEKS|MONTHS|QUARTERS|YEARS)");
    private static final Pattern AGO = Pattern.compile("N_(?:FISCAL_)?(DAYS|WEEKS|MONTHS|QUARTERS|YEARS)_AGO");

    private enum Unit { DAY, WEEK, MONTH, QUARTER, YEAR }

    private DateLiterals() {}

    /** Whether {@code name} is a date literal, and whether it takes {@code :n}. Empty: not a literal. */
    static Optional<Boolean> takesNumber(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.equals("YESTERDAY") || n.equals("TODAY") || n.equals("TOMORROW") || n.equals("LAST_90_DAYS")
                || n.equals("NEXT_90_DAYS") || THIS_LAST_NEXT.matcher(n).matches()) {
            return Optional.of(false);
        }
        return LAST_NEXT_N.matcher(n).matches() || AGO.matcher(n).matches() ? Optional.of(true) : Optional.empty();
    }

    static DateRange resolve(String name, Integer number, LocalDate today) {
        String n = name.toUpperCase(Locale.ROOT);
        int count = number == null ? 0 : number;
        switch (n) {
            case "YESTERDAY": return days(today.minusDays(1), 1);
            case "TODAY": return days(today, 1);
            case "TOMORROW": return days(today.plusDays(1), 1);
            case "LAST_90_DAYS": return lastNDays(today, 90);
            case "NEXT_90_DAYS": return days(today.plusDays(1), 90);
            default: break;
        }
        Matcher m = THIS_LAST_NEXT.matcher(n);
        if (m.matches()) {
            Unit unit = Unit.valueOf(m.group(2));
            int shift = m.group(1).equals("THIS") ? 0 : m.group(1).equals("LAST") ? -1 : 1;
            LocalDate start = plus(startOf(unit, today), unit, shift);
            return new DateRange(start, plus(start, unit, 1));
        }
        m = LAST_NEXT_N.matcher(n);
        if (m.matches()) {
            Unit unit = unit(m.group(2));
            if (unit == Unit.DAY) {
                return m.group(1).equals("LAST") ? lastNDays(today, count) : days(today.plusDays(1), count);
            }
            LocalDate current = startOf(unit, today);
            return m.group(1).equals("LAST") ? new DateRange(plus(current, unit, -count), current)
                    : new DateRange(plus(current, unit, 1), plus(current, unit, 1 + count));
        }
        m = AGO.matcher(n);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date literal: " + name);
        }
        Unit unit = unit(m.group(1));
        LocalDate start = plus(startOf(unit, today), unit, -count);
        return new DateRange(start, plus(start, unit, 1));
    }

    private static DateRange days(LocalDate start, int count) {
        return new DateRange(start, start.plusDays(count));
    }

    private static DateRange lastNDays(LocalDate today, int count) {
        return new DateRange(today.minusDays(count), today.plusDays(1));
    }

    private static Unit unit(String plural) {
        return Unit.valueOf(plural.substring(0, plural.length() - 1));
    }

    private static LocalDate startOf(Unit unit, LocalDate day) {
        return switch (unit) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    private static LocalDate plus(LocalDate day, Unit unit, long amount) {
        return switch (unit) {
            case DAY -> day.plusDays(amount);
            case WEEK -> day.plusWeeks(amount);
            case MONTH -> day.plusMonths(amount);
            case QUARTER -> day.plusMonths(3 * amount);
            case YEAR -> day.plusYears(amount);
        };
    }
}
