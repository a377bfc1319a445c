package dev.signet.server.config;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Server settings, immutable, in groups; each group's record holds its defaults ({@code DEFAULTS}).
 * Build one with {@link #builder()}, or from defaults, a config file, the environment and flags
 * with {@link ConfigLayers}. {@code toString()} never shows a secret.
 *
 * @param demo whether the org is the demo org (its name; the CLI also seeds demo data)
 * @param clock the clock of every time check, injectable for tests
 */
public record ServerConfig(
        HttpConfig http,
        StorageConfig storage,
        TokenConfig tokens,
        SecurityConfig security,
        CacheConfig cache,
        QueryConfig query,
        MetricsConfig metrics,
        boolean demo,
        Clock clock) {
    /** Kept for callers of the flat API; the value lives in {@link TokenConfig}. */
    public static final List<String> SALESFORCE_AUDIENCES = TokenConfig.SALESFORCE_AUDIENCES;

    public ServerConfig {
        Objects.requireNonNull(http, "http must not be null");
        Objects.requireNonNull(storage, "storage must not be null");
        Objects.requireNonNull(tokens, "tokens must not be null");
        Objects.requireNonNull(security, "security must not be null");
        Objects.requireNonNull(cache, "cache must not be null");
        Objects.requireNonNull(query, "query must not be null");
        Objects.requireNonNull(metrics, "metrics must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
    }

    /** Every setting at its default. */
    public static ServerConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder by setting, starting from the groups' defaults. */
    public static final class Builder {
        private String host = HttpConfig.DEFAULTS.host();
        private int port = HttpConfig.DEFAULTS.port();
        private String publicUrl = HttpConfig.DEFAULTS.publicUrl();
        private Path tlsCert;
        private Path tlsKey;
        private String tlsKeyPassword;
        private Integer redirectPort = HttpConfig.DEFAULTS.redirectPort();
        private boolean requireHttps = HttpConfig.DEFAULTS.requireHttps();
        private Duration shutdownDelay = HttpConfig.DEFAULTS.shutdownDelay();
        private boolean metricsPublic = MetricsConfig.DEFAULTS.isPublic();
        private Path dataDir = StorageConfig.DEFAULTS.dataDir();
        private String dbUrl = StorageConfig.DEFAULTS.dbUrl();
        private String dbUser = StorageConfig.DEFAULTS.dbUser();
        private String dbPassword = StorageConfig.DEFAULTS.dbPassword();
        private List<String> extraAudiences = TokenConfig.DEFAULTS.extraAudiences();
        private Duration strictMaxAssertionLifetime = TokenConfig.DEFAULTS.strictMaxAssertionLifetime();
        private Duration clockSkew = SecurityConfig.DEFAULTS.clockSkew();
        private String adminSecret = SecurityConfig.DEFAULTS.adminSecret();
        private int lockoutAttempts = SecurityConfig.DEFAULTS.lockoutAttempts();
        private Duration lockoutPeriod = SecurityConfig.DEFAULTS.lockoutPeriod();
        private String clusterSecret = SecurityConfig.DEFAULTS.clusterSecret();
        private Path clusterSecretFile = SecurityConfig.DEFAULTS.clusterSecretFile();
        private Duration cacheMaxAge = CacheConfig.DEFAULTS.maxAge();
        private long locatorBytesPerUser = QueryConfig.DEFAULTS.locatorBytesPerUser();
        private long locatorBytesPerOrg = QueryConfig.DEFAULTS.locatorBytesPerOrg();
        private boolean demo;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** See {@link HttpConfig#host()}. */
        public Builder host(String v) {
            this.host = v;
            return this;
        }

        /** See {@link HttpConfig#port()}; 0 picks a free one. */
        public Builder port(int v) {
            this.port = v;
            return this;
        }

        /** See {@link HttpConfig#publicUrl()}. */
        public Builder publicUrl(String v) {
            this.publicUrl = v;
            return this;
        }

        /** See {@link HttpConfig.TlsConfig}: the certificate chain (PEM) or PKCS#12 file. */
        public Builder tlsCert(Path v) {
            this.tlsCert = v;
            return this;
        }

        public Builder tlsKey(Path v) {
            this.tlsKey = v;
            return this;
        }

        public Builder tlsKeyPassword(String v) {
            this.tlsKeyPassword = v;
            return this;
        }

        /** See {@link HttpConfig#redirectPort()}. */
        public Builder redirectPort(Integer v) {
            this.redirectPort = v;
            return this;
        }

        public Builder requireHttps(boolean v) {
            this.requireHttps = v;
            return this;
        }

        /** See {@link HttpConfig#shutdownDelay()}. */
        public Builder shutdownDelay(Duration v) {
            this.shutdownDelay = v;
            return this;
        }

        public Builder metricsPublic(boolean v) {
            this.metricsPublic = v;
            return this;
        }

        /** See {@link StorageConfig#dataDir()}. */
        public Builder dataDir(Path v) {
            this.dataDir = v;
            return this;
        }

        /** See {@link StorageConfig#dbUrl()}. */
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

        /** See {@link TokenConfig#extraAudiences()}. */
        public Builder extraAudiences(List<String> v) {
            this.extraAudiences = v;
            return this;
        }

        public Builder strictMaxAssertionLifetime(Duration v) {
            this.strictMaxAssertionLifetime = v;
            return this;
        }

        /** See {@link SecurityConfig#clockSkew()}. */
        public Builder clockSkew(Duration v) {
            this.clockSkew = v;
            return this;
        }

        /** See {@link SecurityConfig#adminSecret()}. */
        public Builder adminSecret(String v) {
            this.adminSecret = v;
            return this;
        }

        /** See {@link SecurityConfig#lockoutAttempts()}. */
        public Builder lockoutAttempts(int v) {
            this.lockoutAttempts = v;
            return this;
        }

        /** See {@link SecurityConfig#clusterSecret()}. */
        public Builder clusterSecret(String v) {
            this.clusterSecret = v;
            return this;
        }

        /** See {@link SecurityConfig#clusterSecretFile()}. */
        public Builder clusterSecretFile(Path v) {
            this.clusterSecretFile = v;
            return this;
        }

        /** See {@link SecurityConfig#lockoutPeriod()}. */
        public Builder lockoutPeriod(Duration v) {
            this.lockoutPeriod = v;
            return this;
        }

        /** See {@link CacheConfig#maxAge()}. */
        public Builder cacheMaxAge(Duration v) {
            this.cacheMaxAge = v;
            return this;
        }

        /** See {@link QueryConfig#locatorBytesPerUser()}. */
        public Builder locatorBytesPerUser(long v) {
            this.locatorBytesPerUser = v;
            return this;
        }

        /** See {@link QueryConfig#locatorBytesPerOrg()}. */
        public Builder locatorBytesPerOrg(long v) {
            this.locatorBytesPerOrg = v;
            return this;
        }

        public Builder demo(boolean v) {
            this.demo = v;
            return this;
        }

        public Builder clock(Clock v) {
            this.clock = v;
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(new HttpConfig(host, port, publicUrl,
                    new HttpConfig.TlsConfig(tlsCert, tlsKey, tlsKeyPassword), redirectPort, requireHttps,
                    shutdownDelay),
                    new StorageConfig(dataDir, dbUrl, dbUser, dbPassword),
                    new TokenConfig(extraAudiences, strictMaxAssertionLifetime),
                    new SecurityConfig(clockSkew, adminSecret, lockoutAttempts, lockoutPeriod, clusterSecret,
                            clusterSecretFile), new CacheConfig(cacheMaxAge),
                    new QueryConfig(locatorBytesPerUser, locatorBytesPerOrg), new MetricsConfig(metricsPublic), demo,
                    clock);
        }
    }
}
