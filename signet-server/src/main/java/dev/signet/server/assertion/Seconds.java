package dev.signet.server.assertion;

/**
 * Saturating arithmetic on epoch seconds: an {@code exp} of Long.MAX_VALUE plus the clock skew is
 * still the far future, not a negative number, and a far-past {@code nbf} minus the skew is still
 * the far past.
 */
final class Seconds {
    private Seconds() {}

    static long plus(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            return b > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    static long minus(long a, long b) {
        try {
            return Math.subtractExact(a, b);
        } catch (ArithmeticException e) {
            return b < 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }
}
