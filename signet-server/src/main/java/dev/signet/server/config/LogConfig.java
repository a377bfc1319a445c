package dev.signet.server.config;

import java.util.Objects;
import java.util.Set;

/**
 * How the server logs.
 *
 * @param format {@code text} (human-readable lines) or {@code json} (one JSON object per line, for
 *     log collectors); both go through the same redaction
 * @param access whether every request is logged (method, path without its query, status, time)
 */
public record LogConfig(String format, boolean access) {
    public static final Set<String> FORMATS = Set.of("text", "json");
    public static final LogConfig DEFAULTS = new LogConfig("text", false);

    public LogConfig {
        Objects.requireNonNull(format, "format must not be null");
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("log format must be text or json, not '" + format + "'");
        }
    }
}
