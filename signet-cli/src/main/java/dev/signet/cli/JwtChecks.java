package dev.signet.cli;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code jwt decode} says about a JWT bearer assertion's algorithm and claims, the way
 * Salesforce judges them (RFC 7523 §3).
 */
final class JwtChecks {
    /** Above this, a numeric {@code exp} is taken to be milliseconds (1e11 s is the year 5138). */
    static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private static final Map<String, String> REQUIRED = Map.of(
            "iss", "the connected app's consumer key",
            "sub", "the username",
            "aud", "the login URL, e.g. https://login.salesforce.com",
            "exp", "the expiry time in seconds since the epoch");

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

    boolean hasProblem() {
        return findings.stream().anyMatch(f -> f.level() == Level.PROBLEM);
    }

    /** Checks the {@code alg} header; null or "none" means unsigned. */
    void algorithm(String alg) {
        if (alg == null || "none".equalsIgnoreCase(alg)) {
            add(Level.PROBLEM, "alg is none: the JWT is unsigned; Salesforce accepts only RS256");
        } else if (!"RS256".equals(alg)) {
            add(Level.PROBLEM, "alg is " + alg + ": Salesforce accepts only RS256");
        }
    }

    /**
     * Checks the claims and returns a description of {@code exp} as an ISO time (or null if
     * there is no usable exp).
     */
    String claims(Map<String, Object> claims) {
        for (String name : List.of("iss", "sub", "aud", "exp")) {
            if (claims.get(name) == null) {
                add(Level.PROBLEM, "missing claim: " + name + " (" + REQUIRED.get(name) + ")");
            }
        }
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
        if (seconds < 0) {
            add(Level.PROBLEM, "expired " + -seconds + " seconds ago (exp " + at + ")");
            return at + " (expired " + -seconds + " seconds ago)";
        }
        return at + " (in " + seconds + " seconds)";
    }

    private Instant expiryInstant(Object exp) {
        BigDecimal value;
        if (exp instanceof Number n) {
            value = new BigDecimal(n.toString());
        } else if (exp instanceof String s && s.strip().matches("\\d{1,19}(\\.\\d+)?")) {
            add(Level.NOTE, "exp is a numeric string (\"" + s + "\"); Salesforce accepts it, RFC 7519 expects a number");
            value = new BigDecimal(s.strip());
        } else {
            add(Level.PROBLEM, "exp is not a number: " + exp);
            return null;
        }
        long whole = value.longValue();
        if (whole > MILLIS_THRESHOLD) {
            add(Level.WARNING, "exp looks like milliseconds; Salesforce accepts it but RFC 7523 expects seconds");
            return Instant.ofEpochMilli(whole);
        }
        return Instant.ofEpochSecond(whole);
    }

    void add(Level level, String message) {
        findings.add(new Finding(level, message));
    }
}
