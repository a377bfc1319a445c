package dev.signet.server.data.soql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SOQL's value semantics: text compares case-insensitively, numbers by value, a relative date
 * literal by its day range; a null field equals only null and satisfies no ordering comparison.
 */
final class Comparisons {
    private Comparisons() {}

    static boolean equal(Object value, Object literal) {
        if (literal instanceof DateRange range) {
            return value != null && compare(value, start(value, range)) >= 0 && compare(value, end(value, range)) < 0;
        }
        if (value == null || literal == null) {
            return value == literal;
        }
        if (value instanceof String s) {
            return s.equalsIgnoreCase((String) literal);
        }
        if (value instanceof BigDecimal n) {
            return n.compareTo((BigDecimal) literal) == 0;
        }
        return value.equals(literal);
    }

    /** {@code value op literal} for {@code < <= > >=}; false when the field is null. */
    static boolean ordered(Object value, Ast.Operator op, Object literal) {
        if (value == null) {
            return false;
        }
        if (literal instanceof DateRange range) {
            return switch (op) {
                case LT -> compare(value, start(value, range)) < 0;
                case LE -> compare(value, end(value, range)) < 0;
                case GT -> compare(value, end(value, range)) >= 0;
                default -> compare(value, start(value, range)) >= 0;
            };
        }
        int c = compare(value, literal);
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    /** Sort order of two non-null values of one field: text by upper case, as Salesforce sorts. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof String s && b instanceof String t) {
            return s.toUpperCase(Locale.ROOT).compareTo(t.toUpperCase(Locale.ROOT));
        }
        return ((Comparable) a).compareTo(b);
    }

    /**
     * A LIKE pattern as a case-insensitive regex: {@code %} any run, {@code _} one character,
     * {@code \%} and {@code \_} literal.
     */
    static Pattern like(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    private static Object start(Object value, DateRange range) {
        return value instanceof Instant ? range.startInstant() : range.start();
    }

    private static Object end(Object value, DateRange range) {
        return value instanceof LocalDate ? range.end() : range.endInstant();
    }
}
