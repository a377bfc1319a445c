package dev.signet.cli;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Advice {@code jwt decode} adds to the verifier's verdict: forms Salesforce accepts but the RFCs
 * do not expect ({@code exp} in milliseconds or as a string, {@code aud} as a list), and when
 * {@code exp} is. Whether the assertion would be refused comes from the server's verifier only.
 */
final class JwtChecks {
    /** Above this, a numeric {@code exp} is taken to be milliseconds (1e11 s is the year 5138). */
    static final long MILLIS_THRESHOLD = 100_000_000_000L;

    /** How serious a finding is; only {@link #PROBLEM} makes the exit code 1. */
    enum Level {
        PROBLEM,
        WARNING,
        NOTE
    }

    /** One line of the verdict. */
    record Finding(Level level, String message) {}

    private final Clock clock;
    private final List<Finding> findings = new ArrayList<>();

    JwtChecks(Clock clock) {
        this.clock = clock;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /**
     * Notes on the claims; returns a description of {@code exp} as an ISO time (or null if there is
     * no usable exp).
     */
    String claims(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        if (aud != null && !(aud instanceof String)) {
            add(Level.WARNING, "aud is not a single string (" + (aud instanceof List<?> l ? "a list of " + l.size()
                    : aud.getClass().getSimpleName()) + "); Salesforce expects one login URL");
        }
        Object exp = claims.get("exp");
        return exp == null ? null : expiry(exp);
    }

    private String expiry(Object exp) {
        Instant at = expiryInstant(exp);
        if (at == null) {
            return null;
        }
        long seconds = Duration.between(clock.instant(), at).getSeconds();
        return seconds < 0 ? at + " (expired " + -seconds + " seconds ago)" : at + " (in " + seconds + " seconds)";
    }

    private Instant expiryInstant(Object exp) {
        BigDecimal value;
        if (exp instanceof Number n) {
            value = new BigDecimal(n.toString());
        } else if (exp instanceof String s && s.strip().matches("\\d{1,19}(\\.\\d+)?")) {
            add(Level.NOTE, "exp is a numeric string (\"" + s + "\"); Salesforce accepts it, RFC 7519 expects a number");
            value = new BigDecimal(s.strip());
        } else {
            return null; // the verifier says what is wrong with it
        }
        try {
            long whole = value.toBigInteger().longValueExact();
            if (whole > MILLIS_THRESHOLD) {
                add(Level.WARNING, "exp looks like milliseconds; Salesforce accepts it but RFC 7523 expects seconds");
                return Instant.ofEpochMilli(whole);
            }
            return Instant.ofEpochSecond(whole);
        } catch (DateTimeException | ArithmeticException e) {
            return null; // beyond any calendar date: nothing useful to show
        }
    }

    void add(Level level, String message) {
        findings.add(new Finding(level, message));
    }
}
