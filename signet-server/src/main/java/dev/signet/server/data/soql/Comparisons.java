package dev.signet.server.data.soql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * SOQL's value semantics: text compares case-insensitively, numbers by value, a relative date
 * literal by its day range; a null field equals only null and satisfies no ordering comparison.
 */
final class Comparisons {
    // Wildcards of a compiled LIKE pattern; literal characters are code points (never negative).
    private static final int ANY_RUN = -1;
    private static final int ANY_ONE = -2;

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
     * A LIKE pattern as a case-insensitive test: {@code %} any run, {@code _} one character,
     * {@code \%} and {@code \_} literal. Not a regex: {@code '%a%a%a…b'} made a backtracking regex
     * take exponential time on a long value; this matcher backtracks only to the last {@code %}, so
     * a test takes at most (pattern length × value length) steps.
     */
    static Predicate<String> like(String pattern) {
        int[] compiled = compileLike(pattern);
        return value -> likeMatches(compiled, value.codePoints().map(Comparisons::fold).toArray());
    }

    private static int[] compileLike(String pattern) {
        int[] chars = pattern.codePoints().toArray();
        int[] out = new int[chars.length];
        int n = 0;
        for (int i = 0; i < chars.length; i++) {
            int c = chars[i];
            if (c == '\\' && i + 1 < chars.length) {
                out[n++] = fold(chars[++i]);
            } else {
                out[n++] = c == '%' ? ANY_RUN : c == '_' ? ANY_ONE : fold(c);
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean likeMatches(int[] pattern, int[] value) {
        int p = 0;
        int v = 0;
        int lastRun = -1;
        int runEnd = 0;
        while (v < value.length) {
            if (p < pattern.length && (pattern[p] == ANY_ONE || pattern[p] == value[v])) {
                p++;
                v++;
            } else if (p < pattern.length && pattern[p] == ANY_RUN) {
                lastRun = p++;
                runEnd = v;
            } else if (lastRun >= 0) {
                // let the last % take one more character and try the rest again
                p = lastRun + 1;
                v = ++runEnd;
            } else {
                return false;
            }
        }
        while (p < pattern.length && pattern[p] == ANY_RUN) {
            p++;
        }
        return p == pattern.length;
    }

    // Case folding as String.equalsIgnoreCase compares: upper, then lower.
    private static int fold(int codePoint) {
        return Character.toLowerCase(Character.toUpperCase(codePoint));
    }

    private static Object start(Object value, DateRange range) {
        return value instanceof Instant ? range.startInstant() : range.start();
    }

    private static Object end(Object value, DateRange range) {
        return value instanceof LocalDate ? range.end() : range.endInstant();
    }
}
