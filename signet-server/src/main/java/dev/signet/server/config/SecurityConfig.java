package dev.signet.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Security settings.
 *
 * @param clockSkew how far {@code exp} (and {@code nbf}) may be off the server's clock
 * @param adminSecret the admin API secret (a secret); when {@code null} the server creates one in
 *     {@code DATA/admin-secret}
 * @param lockoutAttempts invalid passwords in a row that lock a user or console admin out; 0 never locks
 * @param lockoutPeriod how long a lockout lasts
 * @param clusterSecret the secret shared by every node on one database that encrypts the server's
 *     signing keys (a secret); when it and {@code clusterSecretFile} are {@code null}, a per-node key
 *     in {@code DATA/signing-key-secret} does
 * @param clusterSecretFile a file holding the cluster secret (e.g. a mounted secret)
 */
public record SecurityConfig(Duration clockSkew, String adminSecret, int lockoutAttempts, Duration lockoutPeriod,
        String clusterSecret, Path clusterSecretFile) {
    // A compile-time constant, so that the CLI's help text can name it.
    public static final long DEFAULT_CLOCK_SKEW_SECONDS = 180;
    public static final SecurityConfig DEFAULTS =
            new SecurityConfig(Duration.ofSeconds(DEFAULT_CLOCK_SKEW_SECONDS), null, 10, Duration.ofMinutes(15), null,
                    null);

    public SecurityConfig {
        Objects.requireNonNull(clockSkew, "clockSkew must not be null");
        Objects.requireNonNull(lockoutPeriod, "lockoutPeriod must not be null");
        if (lockoutAttempts < 0) {
            throw new IllegalArgumentException("lockoutAttempts must not be negative");
        }
    }

    @Override
    public String toString() {
        return "SecurityConfig[clockSkew=" + clockSkew + ", adminSecret=" + Redaction.of(adminSecret)
                + ", lockoutAttempts=" + lockoutAttempts + ", lockoutPeriod=" + lockoutPeriod + ", clusterSecret="
                + Redaction.of(clusterSecret) + ", clusterSecretFile=" + clusterSecretFile + "]";
    }
}
