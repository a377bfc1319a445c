package dev.signet.server.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Security settings.
 *
 * @param clockSkew how far {@code exp} (and {@code nbf}) may be off the server's clock
 * @param adminSecret the admin API secret (a secret); when {@code null} the server creates one in
 *     {@code DATA/admin-secret}
 */
public record SecurityConfig(Duration clockSkew, String adminSecret) {
    // A compile-time constant, so that the CLI's help text can name it.
    public static final long DEFAULT_CLOCK_SKEW_SECONDS = 180;
    public static final SecurityConfig DEFAULTS =
            new SecurityConfig(Duration.ofSeconds(DEFAULT_CLOCK_SKEW_SECONDS), null);

    public SecurityConfig {
        Objects.requireNonNull(clockSkew, "clockSkew must not be null");
    }

    @Override
    public String toString() {
        return "SecurityConfig[clockSkew=" + clockSkew + ", adminSecret=" + Redaction.of(adminSecret) + "]";
    }
}
