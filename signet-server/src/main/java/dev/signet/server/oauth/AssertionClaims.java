package dev.signet.server.oauth;

import dev.signet.core.oauth.OAuth2Errors;
import dev.signet.server.login.LoginFailure;
import java.util.List;
import java.util.Map;

/**
 * The claims of a JWT bearer assertion, read leniently the way Salesforce reads them: {@code exp}
 * may be a number or a numeric string, {@code prn} wins over {@code sub}, {@code aud} may be a
 * string or an array of strings. Reading happens on the JSON map parsed by Nimbus.
 */
record AssertionClaims(
        String issuer, String subject, List<String> audiences, Long expiresAt, Long notBefore, String jwtId) {

    static final String MALFORMED = "Failed: Invalid assertion";

    static AssertionClaims from(Map<String, Object> json) throws LoginFailure {
        String prn = string(json, "prn");
        return new AssertionClaims(string(json, "iss"), prn != null ? prn : string(json, "sub"), audiences(json.get("aud")),
                seconds(json, "exp"), seconds(json, "nbf"), string(json, "jti"));
    }

    private static String string(Map<String, Object> json, String name) throws LoginFailure {
        Object value = json.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        throw malformed("claim " + name + " is not a string");
    }

    private static List<String> audiences(Object aud) throws LoginFailure {
        if (aud == null) {
            return List.of();
        }
        if (aud instanceof String s) {
            return List.of(s);
        }
        if (aud instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw malformed("claim aud is neither a string nor an array of strings");
    }

    private static Long seconds(Map<String, Object> json, String name) throws LoginFailure {
        Object value = json.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && n.doubleValue() == Math.floor(n.doubleValue())) {
            return n.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw malformed("claim " + name + " is not a number of seconds");
            }
        }
        throw malformed("claim " + name + " is not a number of seconds");
    }

    static LoginFailure malformed(String reason) {
        return new LoginFailure(OAuth2Errors.INVALID_ASSERTION, MALFORMED, reason);
    }
}
