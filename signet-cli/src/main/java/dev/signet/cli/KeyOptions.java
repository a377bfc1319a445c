package dev.signet.cli;

import dev.signet.client.SigningKeys;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Where the private key comes from and how to open it, shared as a picocli mixin by every command
 * that reads a key ({@code token}, {@code doctor}, {@code api} through {@link LoginOptions}, and
 * {@code broker keys import}): {@code --key FILE} or {@code --key-env VAR}, and for a PKCS#12 or
 * JKS keystore {@code --key-alias}, {@code --store-password} and {@code --key-password}, as the
 * Salesforce tutorials' {@code openssl pkcs12 -export} + {@code keytool -importkeystore} make them.
 */
public final class KeyOptions {
    /** Environment variable read when {@code --key-password} is not given. */
    static final String KEY_PASSWORD_ENV = "SIGNET_KEY_PASSWORD";
    /** Environment variable read when {@code --store-password} is not given. */
    static final String STORE_PASSWORD_ENV = "SIGNET_STORE_PASSWORD";

    @ArgGroup(exclusive = true, multiplicity = "1")
    Location location;

    @Option(names = "--key-alias", paramLabel = "ALIAS", description = "Entry of a PKCS#12 or JKS keystore"
            + " (keytool -alias). Default: the only (or first) key entry; openssl pkcs12 -export without -name"
            + " makes alias 1.")
    String alias;

    @Option(names = "--store-password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Password of a PKCS#12 or JKS keystore; prompts when given without a value. Default: the "
                    + STORE_PASSWORD_ENV + " environment variable, else the key password.")
    char[] storePassword;

    @Option(names = "--key-password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Password of an encrypted key, or of the keystore entry (default: the store password);"
                    + " prompts when given without a value. Default: the " + KEY_PASSWORD_ENV
                    + " environment variable.")
    char[] keyPassword;

    /** A key file or an environment variable holding PEM text. */
    static final class Location {
        @Option(names = "--key", required = true, paramLabel = "FILE", description = "Private key file: PEM (PKCS#8"
                + " or PKCS#1, optionally encrypted), DER, or a PKCS#12 or JKS keystore.")
        Path file;

        @Option(names = "--key-env", required = true, paramLabel = "VAR",
                description = "Read the PEM private key from environment variable VAR instead of a file.")
        String variable;
    }

    /** The key's file name, or {@code $VARIABLE}, for messages. */
    String keyName() {
        if (location.file == null) {
            return "$" + location.variable;
        }
        Path name = location.file.getFileName();
        return (name == null ? location.file.toString() : name.toString()) + (alias == null ? "" : " alias " + alias);
    }

    /**
     * Loads the key with the passwords given, or else from the password variables; wipes the
     * password copies.
     *
     * @param env looks up environment variables; {@code null} when unset
     * @throws CliException when {@code --key-env} names an unset variable or is given keystore options
     * @throws dev.signet.core.keys.KeyLoadException when the key cannot be read
     */
    PrivateKey load(Function<String, String> env) {
        char[] key = keyPassword != null ? keyPassword.clone() : fromEnv(env, KEY_PASSWORD_ENV);
        char[] store = storePassword != null ? storePassword.clone() : fromEnv(env, STORE_PASSWORD_ENV);
        try {
            if (location.file != null) {
                return SigningKeys.file(location.file, store, alias, key).load();
            }
            if (alias != null || storePassword != null) {
                throw new CliException("--key-alias and --store-password are for keystore files (--key FILE);"
                        + " --key-env holds PEM text");
            }
            String pem = env.apply(location.variable);
            if (pem == null || pem.isBlank()) {
                throw new CliException("environment variable " + location.variable + " is not set or empty"
                        + " (--key-env)");
            }
            return SigningKeys.pem(pem, key).load();
        } finally {
            wipe(key);
            wipe(store);
        }
    }

    /** The certificate chain of the keystore entry {@code --key} names (the key is read with {@link #load}). */
    List<X509Certificate> certificateChain(Function<String, String> env) {
        if (location.file == null) {
            throw new CliException("--key-env holds only the key: give its certificate with --cert");
        }
        char[] store = storePassword != null ? storePassword.clone() : fromEnv(env, STORE_PASSWORD_ENV);
        char[] key = keyPassword != null ? keyPassword.clone() : fromEnv(env, KEY_PASSWORD_ENV);
        try {
            return KeyStoreCertificates.chain(location.file, store != null ? store : key, alias);
        } finally {
            wipe(store);
            wipe(key);
        }
    }

    private static char[] fromEnv(Function<String, String> env, String name) {
        String value = env.apply(name);
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
