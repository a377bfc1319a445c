package dev.signet.server.config;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Server settings, immutable, built with {@link #builder()}. Defaults: {@code 127.0.0.1:8080},
 * data in {@code ./signet-data}, embedded H2, extra audiences {@code https://login.salesforce.com}
 * and {@code https://test.salesforce.com}, clock skew 180 s.
 */
public record ServerConfig(
        String host,
        int port,
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        String publicUrl,
        List<String> extraAudiences,
        Duration clockSkew,
        Duration strictMaxAssertionLifetime,
        String adminSecret,
        boolean demo,
        Duration cacheMaxAge,
        Clock clock) {
    public static final List<String> SALESFORCE_AUDIENCES =
            List.of("https://login.salesforce.com", "https://test.salesforce.com");

    public ServerConfig {
        Objects.requireNonNull(host, "host must not be null");
        Objects.requireNonNull(dataDir, "dataDir must not be null");
        extraAudiences = List.copyOf(extraAudiences);
        Objects.requireNonNull(clockSkew, "clockSkew must not be null");
        Objects.requireNonNull(strictMaxAssertionLifetime, "strictMaxAssertionLifetime must not be null");
        Objects.requireNonNull(cacheMaxAge, "cacheMaxAge must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether an external database URL was given (else embedded H2). */
    public boolean usesExternalDatabase() {
        return dbUrl != null && !dbUrl.isBlank();
    }

    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", dbUrl="
                + (dbUrl == null ? "<embedded h2>" : dbUrl.replaceAll("password=[^&;]*", "password=<redacted>"))
                + ", publicUrl=" + publicUrl + ", extraAudiences=" + extraAudiences + ", clockSkew=" + clockSkew
                + ", demo=" + demo + ", cacheMaxAge=" + cacheMaxAge + "]";
    }

    /** Builder with the documented defaults. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private Path dataDir = Path.of("signet-data");
        private String dbUrl;
        private String dbUser;
        private String dbPassword;
        private String publicUrl;
        private List<String> extraAudiences = SALESFORCE_AUDIENCES;
        private Duration clockSkew = Duration.ofSeconds(180);
        private Duration strictMaxAssertionLifetime = Duration.ofMinutes(5);
        private String adminSecret;
        private boolean demo;
        private Duration cacheMaxAge = Duration.ofSeconds(2);
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        public Builder host(String v) {
            this.host = v;
            return this;
        }

        /** Port to listen on; 0 picks a free one. */
        public Builder port(int v) {
            this.port = v;
            return this;
        }

        public Builder dataDir(Path v) {
            this.dataDir = v;
            return this;
        }

        /** JDBC URL of an external database, e.g. {@code jdbc:postgresql://localhost/signet}. */
        public Builder dbUrl(String v) {
            this.dbUrl = v;
            return this;
        }

        public Builder dbUser(String v) {
            this.dbUser = v;
            return this;
        }

        public Builder dbPassword(String v) {
            this.dbPassword = v;
            return this;
        }

        /** Base URL clients use when it differs from {@code http://host:port} (e.g. behind a proxy). */
        public Builder publicUrl(String v) {
            this.publicUrl = v;
            return this;
        }

        /** Audiences accepted besides the server's own base URL. */
        public Builder extraAudiences(List<String> v) {
            this.extraAudiences = v;
            return this;
        }

        public Builder clockSkew(Duration v) {
            this.clockSkew = v;
            return this;
        }

        public Builder strictMaxAssertionLifetime(Duration v) {
            this.strictMaxAssertionLifetime = v;
            return this;
        }

        /** Admin API secret; when null the server creates one in {@code DATA/admin-secret}. */
        public Builder adminSecret(String v) {
            this.adminSecret = v;
            return this;
        }

        public Builder demo(boolean v) {
            this.demo = v;
            return this;
        }

        /**
         * How long apps, users and the org may be served from memory. Writes made through this
         * server invalidate them at once; the age bounds how long a change made by another server
         * sharing the database goes unseen. Zero turns the cache off.
         */
        public Builder cacheMaxAge(Duration v) {
            this.cacheMaxAge = v;
            return this;
        }

        public Builder clock(Clock v) {
            this.clock = v;
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, publicUrl, extraAudiences,
                    clockSkew, strictMaxAssertionLifetime, adminSecret, demo, cacheMaxAge, clock);
        }
    }
}
