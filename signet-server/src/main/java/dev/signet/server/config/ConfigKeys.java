package dev.signet.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The table of server settings: one row per key, read by every layer (config file, environment,
 * flags), by {@code --print-config} and by the docs ({@link ConfigDocs}). Add a setting here and
 * everything picks it up.
 */
public final class ConfigKeys {
    public static final Setting<String> HOST = Setting.of("http.host", ValueType.TEXT,
            "address to listen on", c -> c.http().host(), ServerConfig.Builder::host);
    public static final Setting<Integer> PORT = Setting.of("http.port", ValueType.PORT,
            "port; `0` picks a free one (the URL is logged and written to `DATA/server.json`)",
            c -> c.http().port(), ServerConfig.Builder::port);
    public static final Setting<String> PUBLIC_URL = Setting.of("http.public-url", ValueType.TEXT,
            "base URL for `instance_url`, `id` and the accepted `aud` when not `http://HOST:PORT` (behind a proxy)",
            c -> c.http().publicUrl(), ServerConfig.Builder::publicUrl);
    public static final Setting<Path> TLS_CERT = Setting.of("http.tls-cert", ValueType.PATH,
            "HTTPS certificate chain (PEM), or a PKCS#12 file holding the key too; unset: plain HTTP",
            c -> c.http().tls().certFile(), ServerConfig.Builder::tlsCert);
    public static final Setting<Path> TLS_KEY = Setting.of("http.tls-key", ValueType.PATH,
            "HTTPS private key (PEM: PKCS#8, PKCS#1 or encrypted)", c -> c.http().tls().keyFile(),
            ServerConfig.Builder::tlsKey);
    public static final Setting<String> TLS_KEY_PASSWORD = Setting.of("http.tls-key-password", ValueType.TEXT,
            "password of an encrypted key or of the PKCS#12 file", c -> c.http().tls().keyPassword(),
            ServerConfig.Builder::tlsKeyPassword).asSecret();
    public static final Setting<Integer> REDIRECT_PORT = Setting.of("http.redirect-port", ValueType.PORT,
            "with HTTPS, a plain-HTTP port that redirects every request to HTTPS; unset: none",
            c -> c.http().redirectPort(), ServerConfig.Builder::redirectPort);
    public static final Setting<Boolean> REQUIRE_HTTPS = Setting.of("http.require-https", ValueType.BOOLEAN,
            "refuse OAuth requests over plain HTTP from other hosts than this one "
                    + "(`invalid_request`, `HTTPS required`)",
            c -> c.http().requireHttps(), ServerConfig.Builder::requireHttps);
    public static final Setting<Duration> SHUTDOWN_DELAY = Setting.of("http.shutdown-delay", ValueType.DURATION,
            "on stop, how long to keep serving with `/health/ready` answering 503 (so load balancers "
                    + "take the server out) before in-flight requests are drained",
            c -> c.http().shutdownDelay(), ServerConfig.Builder::shutdownDelay);
    public static final Setting<Boolean> METRICS_PUBLIC = Setting.of("metrics.public", ValueType.BOOLEAN,
            "serve `/metrics` without the admin secret", c -> c.metrics().isPublic(),
            ServerConfig.Builder::metricsPublic);
    public static final Setting<Path> DATA_DIR = Setting.of("storage.data-dir", ValueType.PATH,
            "data directory: embedded database (`DATA/db`), `admin-secret`, `server.json`, `demo/`, SQLite's native library (`native/`)",
            c -> c.storage().dataDir(), ServerConfig.Builder::dataDir);
    public static final Setting<String> DB_URL = Setting.of("storage.db-url", ValueType.JDBC_URL,
            "JDBC URL of an external database (PostgreSQL runs the same migrations); unset: the embedded one",
            c -> c.storage().dbUrl(), ServerConfig.Builder::dbUrl);
    public static final Setting<String> EMBEDDED_STORE = Setting.of("storage.embedded", ValueType.EMBEDDED_STORE,
            "the embedded database in `DATA/db` when no URL is set: `sqlite` (WAL, fsync on every commit) or `h2` "
                    + "(survives a process crash, not a power loss); see docs/durability.md",
            c -> c.storage().embedded(), ServerConfig.Builder::embeddedStore);
    public static final Setting<String> DB_USER = Setting.of("storage.db-user", ValueType.TEXT,
            "database user", c -> c.storage().dbUser(), ServerConfig.Builder::dbUser);
    public static final Setting<String> DB_PASSWORD = Setting.of("storage.db-password", ValueType.TEXT,
            "database password", c -> c.storage().dbPassword(), ServerConfig.Builder::dbPassword)
            .alsoFromEnv("SIGNET_DB_PASSWORD").asSecret();
    public static final Setting<List<String>> EXTRA_AUDIENCES = Setting.of("tokens.extra-audiences",
            ValueType.LIST, "`aud` values accepted besides the server's own URL (comma-separated in the environment)",
            c -> c.tokens().extraAudiences(), ServerConfig.Builder::extraAudiences);
    public static final Setting<Duration> STRICT_MAX_ASSERTION_LIFETIME = Setting.of(
            "tokens.strict-max-assertion-lifetime", ValueType.DURATION,
            "how far ahead `exp` may be for apps with strict assertion checks",
            c -> c.tokens().strictMaxAssertionLifetime(), ServerConfig.Builder::strictMaxAssertionLifetime);
    public static final Setting<Duration> CLOCK_SKEW = Setting.of("security.clock-skew",
            ValueType.DURATION, "how far `exp` may be off the server's clock",
            c -> c.security().clockSkew(), ServerConfig.Builder::clockSkew);
    public static final Setting<String> ADMIN_SECRET = Setting.of("security.admin-secret", ValueType.TEXT,
            "secret of the admin API; unset: created in `DATA/admin-secret` (owner-only)",
            c -> c.security().adminSecret(), ServerConfig.Builder::adminSecret)
            .alsoFromEnv("SIGNET_ADMIN_SECRET").asSecret();
    public static final Setting<String> CLUSTER_SECRET = Setting.of("security.cluster-secret", ValueType.TEXT,
            "secret that encrypts the server's signing keys, the same on every node sharing a database (at least 32 "
                    + "characters); unset: a per-node key in `DATA/signing-key-secret`",
            c -> c.security().clusterSecret(), ServerConfig.Builder::clusterSecret)
            .alsoFromEnv("SIGNET_CLUSTER_SECRET").asSecret();
    public static final Setting<Path> CLUSTER_SECRET_FILE = Setting.of("security.cluster-secret-file", ValueType.PATH,
            "file holding the cluster secret (a mounted secret), instead of `security.cluster-secret`",
            c -> c.security().clusterSecretFile(), ServerConfig.Builder::clusterSecretFile);
    public static final Setting<Integer> LOCKOUT_ATTEMPTS = Setting.of("security.lockout-attempts", ValueType.COUNT,
            "invalid passwords in a row that lock a user (authorize page) or console admin out; `0` never locks",
            c -> c.security().lockoutAttempts(), ServerConfig.Builder::lockoutAttempts);
    public static final Setting<Duration> LOCKOUT_PERIOD = Setting.of("security.lockout-period", ValueType.DURATION,
            "how long a password lockout lasts (an admin can unlock sooner)",
            c -> c.security().lockoutPeriod(), ServerConfig.Builder::lockoutPeriod);
    public static final Setting<Duration> CACHE_MAX_AGE = Setting.of("cache.max-age", ValueType.DURATION,
            "how long apps, users, the org and signing keys may be served from memory; a change applies at once "
                    + "on the server that made it and, on PostgreSQL, on every other server of the database as soon "
                    + "as its notification arrives (the age is a safety net); `0` reads them on every request",
            c -> c.cache().maxAge(), ServerConfig.Builder::cacheMaxAge);
    public static final Setting<Long> QUERY_LOCATOR_MEMORY_PER_USER = Setting.of("query.locator-memory-per-user",
            ValueType.BYTES, "estimated size of the rows kept (in the database) behind one user's open SOQL query "
                    + "locators; "
                    + "a new locator drops the user's oldest until it fits (a dropped one answers "
                    + "`INVALID_QUERY_LOCATOR`), a larger result is refused with `QUERY_TOO_COMPLICATED`",
            c -> c.query().locatorBytesPerUser(), ServerConfig.Builder::locatorBytesPerUser);
    public static final Setting<Long> QUERY_LOCATOR_MEMORY_PER_ORG = Setting.of("query.locator-memory-per-org",
            ValueType.BYTES, "the same for all users' open query locators together (the org's oldest are dropped)",
            c -> c.query().locatorBytesPerOrg(), ServerConfig.Builder::locatorBytesPerOrg);
    public static final Setting<Duration> RETENTION_TOKEN_GRACE = Setting.of("retention.token-grace",
            ValueType.DURATION, "how long expired or revoked tokens, spent codes, ended sessions and used `jti` marks "
                    + "(past their expiry and the clock skew) stay before the retention job deletes them",
            c -> c.retention().tokenGrace(), ServerConfig.Builder::retentionTokenGrace);
    public static final Setting<Duration> RETENTION_LOGIN_HISTORY = Setting.of("retention.login-history",
            ValueType.DURATION, "how long Login History entries are kept (Salesforce keeps six months)",
            c -> c.retention().loginHistory(), ServerConfig.Builder::retentionLoginHistory);
    public static final Setting<Duration> RETENTION_INTERVAL = Setting.of("retention.interval", ValueType.DURATION,
            "how often every node runs the retention job (safe on several at once); `0` never "
                    + "(`signet admin purge` still does)",
            c -> c.retention().interval(), ServerConfig.Builder::retentionInterval);
    public static final Setting<Integer> RETENTION_BATCH_SIZE = Setting.of("retention.batch-size", ValueType.COUNT,
            "rows the retention job deletes per transaction", c -> c.retention().batchSize(),
            ServerConfig.Builder::retentionBatchSize);
    public static final Setting<String> LOG_FORMAT = Setting.of("log.format", ValueType.TEXT,
            "`text` (human-readable lines) or `json` (one JSON object per line, for log collectors); both redacted",
            c -> c.log().format(), ServerConfig.Builder::logFormat);
    public static final Setting<Boolean> ACCESS_LOG = Setting.of("log.access", ValueType.BOOLEAN,
            "log every request (method, path without its query string, status, milliseconds, client address) to "
                    + "the `signet.access` logger", c -> c.log().access(), ServerConfig.Builder::accessLog);
    public static final Setting<Path> ORG_FILE = Setting.of("org-file", ValueType.PATH,
            "org file (YAML: apps, users, approvals, IP ranges, objects, records) applied at start, idempotently; "
                    + "see `docs/org-file.md`", ServerConfig::orgFile, ServerConfig.Builder::orgFile);
    public static final Setting<Boolean> DEMO = Setting.of("demo", ValueType.BOOLEAN,
            "seed a demo app, integration user and key pair", ServerConfig::demo, ServerConfig.Builder::demo);

    /** Every setting, in the order they are documented and printed. */
    public static final List<Setting<?>> ALL = List.of(HOST, PORT, PUBLIC_URL, TLS_CERT, TLS_KEY, TLS_KEY_PASSWORD,
            REDIRECT_PORT, REQUIRE_HTTPS, SHUTDOWN_DELAY, DATA_DIR, DB_URL, EMBEDDED_STORE, DB_USER, DB_PASSWORD,
            EXTRA_AUDIENCES, STRICT_MAX_ASSERTION_LIFETIME, CLOCK_SKEW, ADMIN_SECRET, CLUSTER_SECRET,
            CLUSTER_SECRET_FILE, LOCKOUT_ATTEMPTS, LOCKOUT_PERIOD,
            CACHE_MAX_AGE, QUERY_LOCATOR_MEMORY_PER_USER, QUERY_LOCATOR_MEMORY_PER_ORG, METRICS_PUBLIC,
            RETENTION_TOKEN_GRACE, RETENTION_LOGIN_HISTORY, RETENTION_INTERVAL, RETENTION_BATCH_SIZE, LOG_FORMAT,
            ACCESS_LOG, ORG_FILE, DEMO);

    private ConfigKeys() {}

    public static Optional<Setting<?>> find(String key) {
        return ALL.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
