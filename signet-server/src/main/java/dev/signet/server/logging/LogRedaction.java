package dev.signet.server.logging;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a log line must never show, whoever wrote it (our code, Jetty, Javalin, the database
 * driver): secret-bearing parameters in URLs and forms, secret JSON fields, credentials after an
 * auth scheme, and access tokens and JWTs wherever they stand. A second line of defence: the code
 * logs no secret itself, but a library may print a request line or an exception may quote input.
 */
public final class LogRedaction {
    static final String MASK = "[redacted]";
    private static final String SECRET_NAMES = "oauth_token|access_token|refresh_token|id_token|token|assertion"
            + "|client_assertion|client_secret|code|code_verifier|password|passwd|pw|secret|admin_secret|sid|csrf";
    private static final List<Rule> RULES = List.of(
            // name=value in a query string or form, the name possibly URL-encoded (oauth%5Ftoken)
            new Rule(Pattern.compile("(?i)(?<![\\w%])((?:" + SECRET_NAMES.replace("_", "(?:_|%5F)")
                    + ")(?:=|%3D))[^&\\s\"'<>;,]*"), "$1" + MASK),
            // "name": "value" in JSON
            new Rule(Pattern.compile("(?i)(\"(?:" + SECRET_NAMES + ")\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*\""),
                    "$1" + MASK + "\""),
            // Authorization: Bearer …, Basic …, OAuth …
            new Rule(Pattern.compile("(?i)\\b(Bearer|Basic|OAuth)(\\s+|%20|\\+)[\\w.~+/=!%-]+"), "$1$2" + MASK),
            // Salesforce-style access tokens (00D… org id, '!', the rest), even URL-encoded (%21)
            new Rule(Pattern.compile("\\b(00D\\w{12})(?:!|%21)[\\w.%-]+"), "$1!" + MASK),
            // JWTs (assertions, JWT access tokens): header.payload.signature
            new Rule(Pattern.compile("\\beyJ[\\w-]*\\.[\\w-]*\\.[\\w-]*"), MASK));

    private record Rule(Pattern pattern, String replacement) {}

    private LogRedaction() {}

    /** The text with every secret-looking value replaced by {@value #MASK}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Rule rule : RULES) {
            out = rule.pattern().matcher(out).replaceAll(rule.replacement());
        }
        return out;
    }
}
