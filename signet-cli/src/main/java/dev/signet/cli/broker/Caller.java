package dev.signet.cli.broker;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A caller allowed to use the broker, identified by its API key: the SHA-256 (hex) of the key, or
 * the name of an environment variable holding the key. It may ask {@code /api/jwtauth} for tokens
 * and call out through the named credentials listed in {@code credentials} (none by default).
 *
 * @param name shown in the log
 * @param apiKeySha256 {@code printf %s KEY | sha256sum}
 * @param apiKeyEnv the variable holding the key itself
 * @param credentials the named credentials this caller may call out through
 */
public record Caller(String name, String apiKeySha256, String apiKeyEnv, List<String> credentials) {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    /** Checks that exactly one way of giving the key is used. */
    public Caller {
        ConfigFiles.required(name, "callers[].name");
        if ((apiKeySha256 == null) == (apiKeyEnv == null)) {
            throw new IllegalArgumentException("caller '" + name + "': give exactly one of apiKeySha256 and"
                    + " apiKeyEnv");
        }
        if (apiKeySha256 != null && !SHA256_HEX.matcher(apiKeySha256).matches()) {
            throw new IllegalArgumentException("caller '" + name + "': apiKeySha256 must be 64 hex digits"
                    + " (printf %s KEY | sha256sum)");
        }
        credentials = List.copyOf(credentials == null ? List.of() : credentials);
    }

    /** Whether this caller may call out through {@code credential}. */
    public boolean mayUse(String credential) {
        return credentials.contains(credential);
    }

    /** Fails on a listed credential that {@code known} does not have. */
    void checkCredentials(Set<String> known) {
        for (String credential : credentials) {
            if (!known.contains(credential)) {
                throw new IllegalArgumentException("caller '" + name + "': no named credential '" + credential
                        + "' (namedCredentials: " + known + ")");
            }
        }
    }

    /** The SHA-256 of the key, as bytes; {@code null} for a caller whose variable is unset. */
    byte[] keyHash(Function<String, String> env) {
        if (apiKeySha256 != null) {
            return HexFormat.of().parseHex(apiKeySha256.toLowerCase(Locale.ROOT));
        }
        String key = env.apply(apiKeyEnv);
        return key == null || key.isEmpty() ? null : ApiKeys.sha256(key);
    }

    @Override
    public String toString() {
        return "Caller[" + name + ", credentials=" + credentials + "]";
    }
}
