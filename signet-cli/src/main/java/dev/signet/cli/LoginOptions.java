package dev.signet.cli;

import dev.signet.client.JwtBearerClient;
import dev.signet.core.keys.KeyLoader;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options that say how to log in, shared by {@code token}, {@code doctor} and {@code api} as
 * a picocli mixin: login URL, consumer key, username, key (file or environment variable) and its
 * password, audience, {@code --allow-http}.
 */
public final class LoginOptions {
    /** Environment variable read when {@code --key-password} is not given. */
    static final String KEY_PASSWORD_ENV = "SIGNET_KEY_PASSWORD";

    @Option(names = "--login-url", required = true, paramLabel = "URL", description = "Login URL:"
            + " https://login.salesforce.com (production), https://test.salesforce.com (sandbox),"
            + " https://NAME.my.salesforce.com (My Domain), or any RFC 7523 server's base URL.")
    String loginUrl;

    @Option(names = "--client-id", required = true, paramLabel = "KEY",
            description = "Consumer key of the connected app (the iss claim).")
    String clientId;

    @Option(names = "--username", required = true, paramLabel = "USERNAME",
            description = "Username to log in as (the sub claim).")
    String username;

    @ArgGroup(exclusive = true, multiplicity = "1")
    KeySource key;

    @Option(names = "--key-password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Password of an encrypted key or keystore; prompts when given without a value."
                    + " Default: the " + KEY_PASSWORD_ENV + " environment variable.")
    char[] keyPassword;

    @Option(names = "--audience", paramLabel = "AUD",
            description = "The aud claim. Default: the login URL without trailing slash.")
    String audience;

    @Option(names = "--allow-http", description = "Allow a plain http:// login URL on a host other than"
            + " localhost; the token then travels unencrypted.")
    boolean allowHttp;

    /** Where the private key comes from: a file or an environment variable. */
    static final class KeySource {
        @Option(names = "--key", required = true, paramLabel = "FILE",
                description = "Private key file: PEM (PKCS#8 or PKCS#1, optionally encrypted), DER, PKCS#12 or JKS.")
        Path file;

        @Option(names = "--key-env", required = true, paramLabel = "VAR",
                description = "Read the PEM private key from environment variable VAR instead of a file.")
        String variable;
    }

    /** The key's file name, or {@code $VARIABLE}, for messages. */
    String keyName() {
        if (key.file == null) {
            return "$" + key.variable;
        }
        return key.file.getFileName() == null ? key.file.toString() : key.file.getFileName().toString();
    }

    Duration assertionLifetime() {
        return JwtBearerClient.DEFAULT_ASSERTION_LIFETIME;
    }

    /**
     * Loads the key with {@code --key-password} or the password variable; wipes the password copy.
     *
     * @param env looks up environment variables; {@code null} when unset
     * @throws CliException when {@code --key-env} names an unset or empty variable
     */
    PrivateKey loadKey(Function<String, String> env) {
        char[] password = keyPassword != null ? keyPassword.clone() : fromEnv(env);
        try {
            if (key.file != null) {
                return KeyLoader.loadPrivateKey(key.file, password);
            }
            String pem = env.apply(key.variable);
            if (pem == null || pem.isBlank()) {
                throw new CliException("environment variable " + key.variable + " is not set or empty (--key-env)");
            }
            return KeyLoader.parsePrivateKeyPem(pem, password);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** A client builder with these options and {@code privateKey}. */
    JwtBearerClient.Builder clientBuilder(PrivateKey privateKey) {
        JwtBearerClient.Builder builder = JwtBearerClient.builder()
                .loginUrl(loginUrl)
                .clientId(clientId)
                .username(username)
                .privateKey(privateKey);
        if (audience != null) {
            builder.audience(audience);
        }
        if (allowHttp) {
            builder.allowInsecureHttp();
        }
        return builder;
    }

    private static char[] fromEnv(Function<String, String> env) {
        String value = env.apply(KEY_PASSWORD_ENV);
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }
}
