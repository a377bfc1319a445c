package dev.signet.server.assertion;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The claims of a JWT assertion, read leniently the way Salesforce reads them: {@code exp} may be
 * a number or a numeric string, {@code prn} wins over {@code sub}, {@code aud} may be a string or
 * an array of strings. Numbers beyond a {@code long} saturate (1e300 reads as Long.MAX_VALUE).
 * Reading happens on the JSON map parsed by Nimbus.
 */
public record AssertionClaims(
        String issuer, String subject, List<String> audiences, Long expiresAt, Long notBefore, String jwtId) {

    /** A claim of the wrong type; the message says which. */
    static final class MalformedClaim extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedClaim(String message) {
            super(message, null, false, false);
        }
    }

    /** Later than this (9999-12-30), a date does not fit both databases' timestamp columns. */
    private static final long LAST_STORABLE_SECOND = 253_402_300_799L - 86_400;

    /**
     * Until when a used {@code jti} must be remembered: until the assertion can no longer be
     * accepted, i.e. {@code exp} plus the clock skew. A far-future {@code exp} (clients that send
     * milliseconds) is capped at the largest date both databases store.
     */
    public Instant replayWindowEnd(Duration clockSkew) {
        long exp = expiresAt == null ? 0 : Math.min(expiresAt, LAST_STORABLE_SECOND);
        return Instant.ofEpochSecond(Math.max(exp, 0) + clockSkew.toSeconds());
    }

    static AssertionClaims from(Map<String, Object> json) throws MalformedClaim {
        String prn = string(json, "prn");
        return new AssertionClaims(string(json, "iss"), prn != null ? prn : string(json, "sub"), audiences(json.get("aud")),
                seconds(json, "exp"), seconds(json, "nbf"), string(json, "jti"));
    }

    private static String string(Map<String, Object> json, String name) throws MalformedClaim {
        Object value = json.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        throw new MalformedClaim("claim " + name + " is not a string");
    }

    private static List<String> audiences(Object aud) throws MalformedClaim {
        if (aud == null) {
            return List.of();
        }
        if (aud instanceof String s) {
            return List.of(s);
        }
        if (aud instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw new MalformedClaim("claim aud is neither a string nor an array of strings");
    }

    private static Long seconds(Map<String, Object> json, String name) throws MalformedClaim {
        Object value = json.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && n.doubleValue() == Math.floor(n.doubleValue())) {
            return saturated(n);
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw new MalformedClaim("claim " + name + " is not a number of seconds");
            }
        }
        throw new MalformedClaim("claim " + name + " is not a number of seconds");
    }

    // A far-future 1e300 must stay far in the future: doubles saturate in longValue(), a BigInteger
    // would wrap around, so it is clamped.
    private static long saturated(Number n) {
        if (n instanceof BigInteger big && big.bitLength() > 63) {
            return big.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return n.longValue();
    }
}
