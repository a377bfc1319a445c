package dev.signet.cli.broker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The token broker's configuration file ({@code broker.yaml}; JSON is valid YAML, so a JSON file
 * works too). Unknown keys are errors, so a typo cannot silently weaken the setup.
 *
 * <pre>
 * host: 127.0.0.1                # default; the broker speaks plain HTTP: keep it on loopback or behind TLS
 * port: 8089                     # 0 picks a free port
 * loginUrl: https://login.salesforce.com
 * clientId: 3MVG9...             # consumer key of the connected app
 * key: server.key                # private key file (relative to this file), or
 * # keyEnv: SALESFORCE_KEY       # an environment variable holding the PEM text
 * keyPasswordEnv: KEY_PASSWORD   # optional: variable holding the key's password
 * audience: https://login.salesforce.com   # optional, default the login URL
 * sessionLifetimeMinutes: 15     # optional: how long a token is reused when no expires_in comes back
 * allowHttp: false               # optional: allow a plain-HTTP login URL off loopback
 * callers:                       # who may ask; each by the SHA-256 of its API key or by a variable
 *   - name: billing
 *     apiKeySha256: 6ca13d52ca70c883e0f0bb101e425a89e8624de51db2d2392593af6a84118090
 *   - name: reports
 *     apiKeyEnv: REPORTS_API_KEY
 * subjects:                      # the only usernames tokens are minted for
 *   - integration@acme.com
 * </pre>
 *
 * <p>Related specifications: YAML 1.2; FIPS 180-4 (SHA-256).
 *
 * @param host interface to listen on
 * @param port port to listen on
 * @param loginUrl the authorization server's login URL
 * @param clientId the consumer key
 * @param key the private key file, resolved against the config file's directory
 * @param keyEnv the variable holding the PEM private key, instead of {@code key}
 * @param keyPasswordEnv the variable holding the key's password, or null
 * @param audience the {@code aud}, or null for the login URL
 * @param sessionLifetimeMinutes token lifetime without {@code expires_in}
 * @param allowHttp whether plain HTTP to a non-loopback login URL is allowed
 * @param callers the callers and their API keys
 * @param subjects the usernames that may be minted for
 */
public record BrokerConfig(
        String host,
        int port,
        String loginUrl,
        String clientId,
        Path key,
        String keyEnv,
        String keyPasswordEnv,
        String audience,
        int sessionLifetimeMinutes,
        boolean allowHttp,
        List<Caller> callers,
        Set<String> subjects) {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    /** Checks the values; the messages name the key to fix. */
    public BrokerConfig {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        required(loginUrl, "loginUrl");
        required(clientId, "clientId");
        if ((key == null) == (keyEnv == null || keyEnv.isBlank())) {
            throw new IllegalArgumentException("give exactly one of key (a private key file) and keyEnv (a variable"
                    + " holding the PEM text)");
        }
        sessionLifetimeMinutes = sessionLifetimeMinutes == 0 ? 15 : sessionLifetimeMinutes;
        if (sessionLifetimeMinutes < 1) {
            throw new IllegalArgumentException("sessionLifetimeMinutes must be at least 1");
        }
        callers = List.copyOf(callers == null ? List.of() : callers);
        subjects = Set.copyOf(subjects == null ? Set.of() : subjects);
        if (callers.isEmpty()) {
            throw new IllegalArgumentException("callers is empty: list who may ask for tokens, each with apiKeySha256"
                    + " or apiKeyEnv");
        }
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("subjects is empty: list the usernames tokens may be minted for");
        }
    }

    /**
     * Reads and checks a configuration file.
     *
     * @throws IllegalArgumentException when the file is missing, malformed or incomplete; the
     *     message names the file and the key
     */
    public static BrokerConfig load(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        BrokerConfig config;
        try {
            JsonNode tree = YAML.readTree(Files.readString(file));
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException(file + ": expected a map of keys such as loginUrl, clientId");
            }
            checkKeys(file, tree, BrokerConfig.class);
            tree.path("callers").forEach(caller -> checkKeys(file, caller, Caller.class));
            config = YAML.treeToValue(tree, BrokerConfig.class);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("config file not found: " + file, e);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IllegalArgumentException(file + ": " + firstLine(cause.getMessage()), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + firstLine(e.getMessage()), e);
        }
        Path dir = file.toAbsolutePath().getParent();
        return config.key == null || config.key.isAbsolute() ? config : config.withKey(dir.resolve(config.key));
    }

    /** Unknown keys fail before any value is checked, so a typo is reported as such. */
    private static void checkKeys(Path file, JsonNode node, Class<? extends Record> type) {
        Set<String> known = new LinkedHashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            known.add(component.getName());
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(file + ": unknown key '" + name + "'; known keys: " + known);
            }
        });
    }

    private BrokerConfig withKey(Path resolved) {
        return new BrokerConfig(host, port, loginUrl, clientId, resolved, keyEnv, keyPasswordEnv, audience,
                sessionLifetimeMinutes, allowHttp, callers, subjects);
    }

    private static void required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Shows the setup; never an API key hash or a secret. */
    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        callers.forEach(c -> names.add(c.name()));
        return "BrokerConfig[" + host + ":" + port + ", loginUrl=" + loginUrl + ", clientId=" + clientId + ", key="
                + (key != null ? key : "$" + keyEnv) + ", callers=" + names + ", subjects=" + subjects + "]";
    }

    /**
     * A caller allowed to ask for tokens, identified by its API key: the SHA-256 (hex) of the key,
     * or the name of an environment variable holding the key.
     *
     * @param name shown in the log
     * @param apiKeySha256 {@code printf %s KEY | sha256sum}
     * @param apiKeyEnv the variable holding the key itself
     */
    public record Caller(String name, String apiKeySha256, String apiKeyEnv) {
        /** Checks that exactly one way of giving the key is used. */
        public Caller {
            required(name, "callers[].name");
            if ((apiKeySha256 == null) == (apiKeyEnv == null)) {
                throw new IllegalArgumentException("caller '" + name + "': give exactly one of apiKeySha256 and"
                        + " apiKeyEnv");
            }
            if (apiKeySha256 != null && !SHA256_HEX.matcher(apiKeySha256).matches()) {
                throw new IllegalArgumentException("caller '" + name + "': apiKeySha256 must be 64 hex digits"
                        + " (printf %s KEY | sha256sum)");
            }
        }

        /** The SHA-256 of the key, as bytes; {@code null} for a caller whose variable is unset. */
        byte[] keyHash(java.util.function.Function<String, String> env) {
            if (apiKeySha256 != null) {
                return HexFormat.of().parseHex(apiKeySha256.toLowerCase(java.util.Locale.ROOT));
            }
            String key = env.apply(apiKeyEnv);
            return key == null || key.isEmpty() ? null : ApiKeys.sha256(key);
        }

        @Override
        public String toString() {
            return "Caller[" + name + "]";
        }
    }
}
