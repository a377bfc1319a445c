package dev.signet.cli.broker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Which headers a callout passes on. Hop-by-hop headers (RFC 9110 §7.6.1) and those the
 * {@code Connection} header names belong to one connection, not to the message. Going out, the
 * caller's credentials ({@code Authorization}, its API key, cookies) and the broker's own
 * {@code Signet-Subject} stay behind: the broker sets the {@code Authorization}. Coming back,
 * {@code Set-Cookie} stays behind, since a session cookie would be a token by another name.
 */
final class ForwardedHeaders {
    /** The header with which a caller names its own subject for a per-user named credential. */
    static final String SUBJECT = "Signet-Subject";

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    // set by the HTTP client or server itself (the JDK client refuses some of them)
    private static final Set<String> FRAMING = Set.of("host", "content-length", "expect", "date", "via", "warning",
            "from", "http2-settings");
    private static final Set<String> CALLER_CREDENTIALS = Set.of("authorization", "x-api-key", "cookie",
            SUBJECT.toLowerCase(Locale.ROOT));

    private ForwardedHeaders() {}

    /** The caller's request headers that go on to the target. */
    static void request(Map<String, List<String>> headers, BiConsumer<String, String> out) {
        copy(headers, out, CALLER_CREDENTIALS);
    }

    /** The target's response headers that go back to the caller. */
    static void response(Map<String, List<String>> headers, BiConsumer<String, String> out) {
        copy(headers, out, Set.of("set-cookie", "set-cookie2"));
    }

    private static void copy(Map<String, List<String>> headers, BiConsumer<String, String> out, Set<String> dropped) {
        Set<String> named = connectionTokens(headers);
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean keep = !lower.startsWith(":") && !HOP_BY_HOP.contains(lower) && !FRAMING.contains(lower)
                    && !dropped.contains(lower) && !named.contains(lower);
            if (keep) {
                values.forEach(value -> out.accept(name, value));
            }
        });
    }

    private static Set<String> connectionTokens(Map<String, List<String>> headers) {
        Set<String> tokens = new TreeSet<>();
        headers.forEach((name, values) -> {
            if ("connection".equalsIgnoreCase(name)) {
                values.forEach(v -> {
                    for (String token : v.split(",")) {
                        tokens.add(token.trim().toLowerCase(Locale.ROOT));
                    }
                });
            }
        });
        return tokens;
    }
}
