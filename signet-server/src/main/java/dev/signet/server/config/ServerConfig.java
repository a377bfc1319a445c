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
 * @param orgFile an org file applied at start (idempotently); null for none
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
        RetentionConfig retention,
        LogConfig log,
        MetricsConfig metrics,
        Path orgFile,
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
        Objects.requireNonNull(retention, "retention must not be null");
        Objects.requireNonNull(log, "log must not be null");
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

    /**
     * Builder by setting, starting from the groups' defaults. Data-shaped, so one line a setter;
     * each setting is documented on its group's record and in {@link ConfigKeys}.
     */
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
        private String embeddedStore = StorageConfig.DEFAULTS.embedded();
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
        private Duration retentionTokenGrace = RetentionConfig.DEFAULTS.tokenGrace();
        private Duration retentionLoginHistory = RetentionConfig.DEFAULTS.loginHistory();
        private Duration retentionInterval = RetentionConfig.DEFAULTS.interval();
        private int retentionBatchSize = RetentionConfig.DEFAULTS.batchSize();
        private String logFormat = LogConfig.DEFAULTS.format();
        private boolean accessLog = LogConfig.DEFAULTS.access();
        private Path orgFile;
        private boolean demo;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        public Builder host(String v) { this.host = v; return this; }
        public Builder port(int v) { this.port = v; return this; }
        public Builder publicUrl(String v) { this.publicUrl = v; return this; }
        /** The certificate chain (PEM) or PKCS#12 file; see {@link HttpConfig.TlsConfig}. */
        public Builder tlsCert(Path v) { this.tlsCert = v; return this; }
        public Builder tlsKey(Path v) { this.tlsKey = v; return this; }
        public Builder tlsKeyPassword(String v) { this.tlsKeyPassword = v; return this; }
        public Builder redirectPort(Integer v) { this.redirectPort = v; return this; }
        public Builder requireHttps(boolean v) { this.requireHttps = v; return this; }
        public Builder shutdownDelay(Duration v) { this.shutdownDelay = v; return this; }
        public Builder metricsPublic(boolean v) { this.metricsPublic = v; return this; }
        public Builder dataDir(Path v) { this.dataDir = v; return this; }
        public Builder dbUrl(String v) { this.dbUrl = v; return this; }
        public Builder dbUser(String v) { this.dbUser = v; return this; }
        public Builder dbPassword(String v) { this.dbPassword = v; return this; }
        /** {@code sqlite} or {@code h2}: the embedded store when no database URL is given. */
        public Builder embeddedStore(String v) { this.embeddedStore = v; return this; }
        public Builder extraAudiences(List<String> v) { this.extraAudiences = v; return this; }
        public Builder strictMaxAssertionLifetime(Duration v) { this.strictMaxAssertionLifetime = v; return this; }
        public Builder clockSkew(Duration v) { this.clockSkew = v; return this; }
        public Builder adminSecret(String v) { this.adminSecret = v; return this; }
        public Builder lockoutAttempts(int v) { this.lockoutAttempts = v; return this; }
        public Builder lockoutPeriod(Duration v) { this.lockoutPeriod = v; return this; }
        public Builder clusterSecret(String v) { this.clusterSecret = v; return this; }
        public Builder clusterSecretFile(Path v) { this.clusterSecretFile = v; return this; }
        public Builder cacheMaxAge(Duration v) { this.cacheMaxAge = v; return this; }
        public Builder locatorBytesPerUser(long v) { this.locatorBytesPerUser = v; return this; }
        public Builder locatorBytesPerOrg(long v) { this.locatorBytesPerOrg = v; return this; }
        public Builder retentionTokenGrace(Duration v) { this.retentionTokenGrace = v; return this; }
        public Builder retentionLoginHistory(Duration v) { this.retentionLoginHistory = v; return this; }
        public Builder retentionInterval(Duration v) { this.retentionInterval = v; return this; }
        public Builder retentionBatchSize(int v) { this.retentionBatchSize = v; return this; }
        public Builder logFormat(String v) { this.logFormat = v; return this; }
        public Builder accessLog(boolean v) { this.accessLog = v; return this; }
        public Builder orgFile(Path v) { this.orgFile = v; return this; }
        public Builder demo(boolean v) { this.demo = v; return this; }
        public Builder clock(Clock v) { this.clock = v; return this; }

        public ServerConfig build() {
            return new ServerConfig(new HttpConfig(host, port, publicUrl,
                    new HttpConfig.TlsConfig(tlsCert, tlsKey, tlsKeyPassword), redirectPort, requireHttps, shutdownDelay),
                    new StorageConfig(dataDir, dbUrl, dbUser, dbPassword, embeddedStore),
                    new TokenConfig(extraAudiences, strictMaxAssertionLifetime),
                    new SecurityConfig(clockSkew, adminSecret, lockoutAttempts, lockoutPeriod, clusterSecret,
                            clusterSecretFile),
                    new CacheConfig(cacheMaxAge), new QueryConfig(locatorBytesPerUser, locatorBytesPerOrg),
                    new RetentionConfig(retentionTokenGrace, retentionLoginHistory, retentionInterval, retentionBatchSize),
                    new LogConfig(logFormat, accessLog), new MetricsConfig(metricsPublic), orgFile, demo, clock);
        }
    }
}
