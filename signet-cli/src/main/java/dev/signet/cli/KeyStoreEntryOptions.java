package dev.signet.cli;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * Which entry of a PKCS#12 or JKS keystore, and the keystore's password: {@code --key-alias} and
 * {@code --store-password}. Part of {@link KeyOptions}; on its own where only a keystore's
 * certificate is read ({@code jwt decode --cert abc.jks}).
 */
public final class KeyStoreEntryOptions {
    /** Environment variable read when {@code --store-password} is not given. */
    static final String STORE_PASSWORD_ENV = "SIGNET_STORE_PASSWORD";

    @Option(names = "--key-alias", paramLabel = "ALIAS", description = "Entry of a PKCS#12 or JKS keystore"
            + " (keytool -alias). Default: the only (or first) key entry; openssl pkcs12 -export without -name"
            + " makes alias 1.")
    String alias;

    @Option(names = "--store-password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Password of a PKCS#12 or JKS keystore; prompts when given without a value. Default: the "
                    + STORE_PASSWORD_ENV + " environment variable, else the key password.")
    char[] storePassword;

    /** {@code --store-password}, else the variable; a copy the caller wipes; {@code null} when neither. */
    char[] storePassword(Function<String, String> env) {
        if (storePassword != null) {
            return storePassword.clone();
        }
        String value = env.apply(STORE_PASSWORD_ENV);
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    /** The certificate of the entry in keystore {@code file}. */
    X509Certificate certificate(Path file, Function<String, String> env) {
        char[] password = storePassword(env);
        try {
            return KeyStoreCertificates.chain(file, password, alias).get(0);
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }
}
