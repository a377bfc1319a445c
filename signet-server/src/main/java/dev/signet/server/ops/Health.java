package dev.signet.server.ops;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The answer of a health check: UP when every named check is. */
public record Health(Map<String, Check> checks) {
    public Health {
        checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks)); // in the order checked
    }

    public boolean up() {
        return checks.values().stream().allMatch(Check::up);
    }

    /** One check: up, or down with why (never a secret, never a connection string). */
    public record Check(boolean up, String detail) {
        static final Check UP = new Check(true, null);

        static Check down(String detail) {
            return new Check(false, detail);
        }
    }
}
