package dev.signet.cli.broker;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The broker's configuration file ({@code broker.yaml}; JSON is valid YAML, so a JSON file works
 * too). Unknown keys are errors. The broker serves {@code /callout/NAME/...} for each named
 * credential ({@link NamedCredential}) and, when {@code loginUrl} is set, {@code /api/jwtauth}.
 *
 * <pre>
 * host: 127.0.0.1                # default; the broker speaks plain HTTP: keep it on loopback or behind TLS
 * port: 8089                     # 0 picks a free port
 * keyStore: broker-keys          # default; where "signet broker keys import" keeps keys, encrypted
 * callers:                       # who may ask; each by the SHA-256 of its API key or by a variable
 *   - name: billing
 *     apiKeySha256: 6ca13d52ca70c883e0f0bb101e425a89e8624de51db2d2392593af6a84118090
 *     credentials: [OrgB]        # the named credentials it may call out through
 *   - name: reports
 *     apiKeyEnv: REPORTS_API_KEY
 * namedCredentials: [...]        # see NamedCredential
 * # /api/jwtauth, for callers that must hold a token themselves:
 * loginUrl: https://login.salesforce.com
 * clientId: 3MVG9...             # consumer key of the connected app
 * key: server.key                # private key file (relative to this file): PEM, DER, PKCS#12 or JKS, or
 * # keyEnv: SALESFORCE_KEY       # an environment variable holding the PEM text
 * keyAlias: orga_cert            # optional: the keystore entry (default: the only or first key)
 * storePasswordEnv: STORE_PASS   # optional: variable holding the keystore's password
 * keyPasswordEnv: KEY_PASSWORD   # optional: variable holding the key's (or keystore entry's) password
 * audience: https://login.salesforce.com   # optional, default the login URL
 * sessionLifetimeMinutes: 15     # optional: how long a token is reused when no expires_in comes back
 * allowHttp: false               # optional: allow a plain-HTTP login URL off loopback
 * subjects:                      # the only usernames tokens are minted for
 *   - integration@acme.com
 * </pre>
 *
 * <p>Related specifications: YAML 1.2; FIPS 180-4 (SHA-256).
 */
public record BrokerConfig(
        String host,
        int port,
        Path keyStore,
        String loginUrl,
        String clientId,
        Path key,
        String keyEnv,
        String keyAlias,
        String storePasswordEnv,
        String keyPasswordEnv,
        String audience,
        int sessionLifetimeMinutes,
        boolean allowHttp,
        List<Caller> callers,
        Set<String> subjects,
        List<NamedCredential> namedCredentials) {
    /** The key store directory when the file names none, beside the file. */
    public static final String DEFAULT_KEY_STORE = "broker-keys";

    /** Checks the values; the messages name the key to fix. */
    public BrokerConfig {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        keyStore = keyStore == null ? Path.of(DEFAULT_KEY_STORE) : keyStore;
        sessionLifetimeMinutes = sessionLifetimeMinutes == 0 ? 15 : sessionLifetimeMinutes;
        if (sessionLifetimeMinutes < 1) {
            throw new IllegalArgumentException("sessionLifetimeMinutes must be at least 1");
        }
        callers = List.copyOf(callers == null ? List.of() : callers);
        subjects = Set.copyOf(subjects == null ? Set.of() : subjects);
        namedCredentials = List.copyOf(namedCredentials == null ? List.of() : namedCredentials);
        if (callers.isEmpty()) {
            throw new IllegalArgumentException("callers is empty: list who may use the broker, each with apiKeySha256"
                    + " or apiKeyEnv");
        }
        Set<String> names = byName(namedCredentials).keySet();
        callers.forEach(caller -> caller.checkCredentials(names));
        if (loginUrl != null || clientId != null || key != null || keyEnv != null || !subjects.isEmpty()) {
            checkTokenEndpoint(loginUrl, clientId, key, keyEnv, subjects);
        } else if (namedCredentials.isEmpty()) {
            throw new IllegalArgumentException("nothing to serve: add namedCredentials (for /callout/NAME/...) or"
                    + " loginUrl, clientId, key and subjects (for /api/jwtauth)");
        }
        if ((keyAlias != null || storePasswordEnv != null) && key == null) {
            throw new IllegalArgumentException("keyAlias and storePasswordEnv are for a keystore file (key)");
        }
    }

    /**
     * Reads and checks a configuration file; relative paths in it are taken from its directory.
     *
     * @throws IllegalArgumentException when the file is missing, malformed or incomplete; the
     *     message names the file and the key
     */
    public static BrokerConfig load(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        JsonNode tree = ConfigFiles.read(file);
        ConfigFiles.checkKeys(file, tree, BrokerConfig.class, "");
        tree.path("callers").forEach(caller -> ConfigFiles.checkKeys(file, caller, Caller.class, "callers[]."));
        tree.path("namedCredentials").forEach(credential -> ConfigFiles.checkKeys(file, credential,
                NamedCredential.class, "namedCredentials[]."));
        BrokerConfig config = ConfigFiles.bind(file, tree, BrokerConfig.class);
        Path dir = file.toAbsolutePath().getParent();
        return new BrokerConfig(config.host, config.port, dir.resolve(config.keyStore), config.loginUrl,
                config.clientId, config.key == null ? null : dir.resolve(config.key), config.keyEnv, config.keyAlias,
                config.storePasswordEnv, config.keyPasswordEnv, config.audience, config.sessionLifetimeMinutes,
                config.allowHttp, config.callers, config.subjects, config.namedCredentials);
    }

    /**
     * The key store directory a configuration file names, without checking the rest of the file
     * (keys are imported before the named credentials that use them are written).
     */
    public static Path keyStoreOf(Path file) {
        JsonNode keyStore = ConfigFiles.read(file).path("keyStore");
        Path dir = file.toAbsolutePath().getParent();
        return dir.resolve(keyStore.isTextual() ? keyStore.asText() : DEFAULT_KEY_STORE);
    }

    /** This configuration listening on {@code newPort}. */
    public BrokerConfig withPort(int newPort) {
        return new BrokerConfig(host, newPort, keyStore, loginUrl, clientId, key, keyEnv, keyAlias, storePasswordEnv,
                keyPasswordEnv, audience, sessionLifetimeMinutes, allowHttp, callers, subjects, namedCredentials);
    }

    /** Whether {@code /api/jwtauth} is served. */
    public boolean servesTokens() {
        return loginUrl != null;
    }

    /** The named credentials by name. */
    public Map<String, NamedCredential> credentialsByName() {
        return byName(namedCredentials);
    }

    private static Map<String, NamedCredential> byName(List<NamedCredential> credentials) {
        Map<String, NamedCredential> byName = new LinkedHashMap<>();
        for (NamedCredential credential : credentials) {
            if (byName.put(credential.name(), credential) != null) {
                throw new IllegalArgumentException("two named credentials are called '" + credential.name() + "'");
            }
        }
        return byName;
    }

    private static void checkTokenEndpoint(String loginUrl, String clientId, Path key, String keyEnv,
            Set<String> subjects) {
        ConfigFiles.required(loginUrl, "loginUrl");
        ConfigFiles.required(clientId, "clientId");
        if ((key == null) == (keyEnv == null || keyEnv.isBlank())) {
            throw new IllegalArgumentException("give exactly one of key (a private key file) and keyEnv (a variable"
                    + " holding the PEM text)");
        }
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("subjects is empty: list the usernames tokens may be minted for");
        }
    }

    /** Shows the setup; never an API key hash or a secret. */
    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        callers.forEach(c -> names.add(c.name()));
        return "BrokerConfig[" + host + ":" + port + ", keyStore=" + keyStore + ", namedCredentials="
                + credentialsByName().keySet() + ", loginUrl=" + loginUrl + ", clientId=" + clientId + ", key="
                + (key != null ? key : keyEnv != null ? "$" + keyEnv : null) + ", callers=" + names + ", subjects="
                + subjects + "]";
    }
}
