package dev.signet.client;

import dev.signet.core.keys.KeyLoadException;
import dev.signet.core.keys.KeyLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Collections;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@link KeySource}s: the key files the Salesforce tutorials make with {@code openssl} and
 * {@code keytool}, wherever the service keeps them. Keys are loaded when {@link KeySource#load()}
 * is called, not here; passwords are copied, so the caller may wipe its array.
 *
 * <pre>{@code
 * SigningKeys.file(Path.of("server.key"), null)                  // PEM: PKCS#8 or PKCS#1, DER
 * SigningKeys.file(Path.of("server.pass.key"), password)         // encrypted PEM
 * SigningKeys.keyStore(Path.of("server.p12"), storePass, "signet", null)  // PKCS#12 or JKS
 * SigningKeys.file(Path.of("abc.jks"), storePass, "1", keyPass)  // any key file; alias, passwords if a keystore
 * SigningKeys.classpath("keys/server.key", null)                 // inside the application jar
 * SigningKeys.environment("SALESFORCE_PRIVATE_KEY", null)        // PEM text in a variable
 * SigningKeys.of(privateKey)                                     // e.g. from a vault client
 * }</pre>
 *
 * <p>Related specifications: RFC 5958 (PKCS#8), RFC 8017 (PKCS#1), RFC 7468 (PEM), RFC 7292
 * (PKCS#12).
 */
public final class SigningKeys {
    private SigningKeys() {}

    /** A key already in memory. */
    public static KeySource of(PrivateKey key) {
        Objects.requireNonNull(key, "key must not be null");
        return source("key in memory (" + key.getAlgorithm() + ")", () -> key);
    }

    /**
     * A key file, its format detected from the content: PEM (PKCS#8, PKCS#1, encrypted PKCS#8,
     * the legacy {@code openssl genrsa -des3} form), DER, or a PKCS#12/JKS keystore whose only (or
     * first) key entry is used with {@code password} as store and key password.
     *
     * @param password of an encrypted key or a keystore; {@code null} when there is none
     */
    public static KeySource file(Path file, char[] password) {
        Objects.requireNonNull(file, "file must not be null");
        char[] pw = copy(password);
        return source("file " + file, () -> KeyLoader.loadPrivateKey(file, copy(pw)));
    }

    /**
     * A key file of any format {@link #file(Path, char[])} reads, with the keystore settings the
     * Salesforce tutorials need: a JKS made by {@code keytool -importkeystore} often has its own
     * key password and, from {@code openssl pkcs12 -export} without {@code -name}, the alias
     * {@code 1}. Whether the file is a keystore is read from its content, so the same call (and the
     * same password variables) serves a PEM key too.
     *
     * @param storePassword the keystore password; {@code null} to use {@code keyPassword}
     * @param alias the keystore entry; {@code null} for the only (or first) key entry; a PEM or DER
     *     key file has none, so an alias makes it an error
     * @param keyPassword the entry's password, or the password of an encrypted PEM/DER key;
     *     {@code null} to use {@code storePassword}
     */
    public static KeySource file(Path file, char[] storePassword, String alias, char[] keyPassword) {
        Objects.requireNonNull(file, "file must not be null");
        char[] store = copy(storePassword != null ? storePassword : keyPassword);
        char[] entry = copy(keyPassword != null ? keyPassword : storePassword);
        return source("file " + file + (alias == null ? "" : " alias " + alias), () -> {
            if (KeyLoader.isKeyStore(file)) {
                return KeyLoader.loadFromKeyStore(file, null, copy(store), alias, copy(entry));
            }
            if (alias != null) {
                throw new KeyLoadException(file.getFileName() + ": not a PKCS#12 or JKS keystore, so it has no alias '"
                        + alias + "'");
            }
            return KeyLoader.loadPrivateKey(file, copy(entry));
        });
    }

    /**
     * A key entry of a PKCS#12 or JKS keystore file (type detected from the content).
     *
     * @param storePassword the keystore password
     * @param alias the entry ({@code keytool -alias}); {@code null} for the only (or first) key entry
     * @param keyPassword the entry password; {@code null} when it is the store password
     */
    public static KeySource keyStore(Path file, char[] storePassword, String alias, char[] keyPassword) {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(storePassword, "storePassword must not be null");
        char[] store = copy(storePassword);
        char[] entry = copy(keyPassword);
        return source("keystore " + file + (alias == null ? "" : " alias " + alias),
                () -> KeyLoader.loadFromKeyStore(file, null, copy(store), alias, copy(entry)));
    }

    /**
     * A classpath resource, read with the thread's context class loader: PEM text, or a PKCS#12
     * or JKS keystore whose only (or first) key entry is used with {@code password} as store and
     * key password. (DER keys are read from files only; convert with {@code openssl pkey}.)
     *
     * @param resource the resource name, e.g. {@code keys/server.key} (a leading {@code /} is ignored)
     * @param password of an encrypted key or a keystore; {@code null} when there is none
     */
    public static KeySource classpath(String resource, char[] password) {
        return classpathKeyStore(resource, password, null, null);
    }

    /**
     * A key entry of a PKCS#12 or JKS keystore on the classpath, or PEM text (then {@code alias}
     * is ignored and {@code storePassword} decrypts the key).
     *
     * @param alias the entry; {@code null} for the only (or first) key entry
     * @param keyPassword the entry password; {@code null} when it is the store password
     */
    public static KeySource classpathKeyStore(String resource, char[] storePassword, String alias, char[] keyPassword) {
        Objects.requireNonNull(resource, "resource must not be null");
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        char[] store = copy(storePassword);
        char[] entry = copy(keyPassword);
        return source("classpath resource " + name, () -> fromBytes(readResource(name), name, store, alias, entry));
    }

    /**
     * PEM text held in an environment variable (a secret injected by the platform). Text on one
     * line with literal {@code \n} sequences is accepted too.
     *
     * @param password of an encrypted key; {@code null} when there is none
     */
    public static KeySource environment(String variable, char[] password) {
        return environment(variable, password, System::getenv);
    }

    /**
     * PEM text from {@code env}, which looks up environment variables (for tests and for
     * platforms with their own secret lookup).
     *
     * @param env returns the variable's value, or {@code null} when it is not set
     */
    public static KeySource environment(String variable, char[] password, Function<String, String> env) {
        Objects.requireNonNull(variable, "variable must not be null");
        Objects.requireNonNull(env, "env must not be null");
        char[] pw = copy(password);
        return source("environment variable " + variable, () -> {
            String pem = env.apply(variable);
            if (pem == null || pem.isBlank()) {
                throw new KeyLoadException("environment variable " + variable + " is not set or empty");
            }
            return KeyLoader.parsePrivateKeyPem(pem, copy(pw));
        });
    }

    /**
     * PEM text, e.g. fetched from a secret manager.
     *
     * @param password of an encrypted key; {@code null} when there is none
     */
    public static KeySource pem(String pemText, char[] password) {
        Objects.requireNonNull(pemText, "pemText must not be null");
        char[] pw = copy(password);
        return source("PEM text", () -> KeyLoader.parsePrivateKeyPem(pemText, copy(pw)));
    }

    private static PrivateKey fromBytes(byte[] bytes, String name, char[] storePassword, String alias,
            char[] keyPassword) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (text.contains("-----BEGIN ")) {
            return KeyLoader.parsePrivateKeyPem(new String(bytes, StandardCharsets.UTF_8), copy(storePassword));
        }
        if (storePassword == null) {
            throw new KeyLoadException(name + ": not PEM; a keystore needs its password");
        }
        KeyStore store = openKeyStore(bytes, name, storePassword);
        String entry = alias != null ? alias : firstKeyAlias(store, name);
        try {
            Key key = store.getKey(entry, keyPassword != null ? keyPassword : storePassword);
            if (key instanceof PrivateKey privateKey) {
                return privateKey;
            }
            throw new KeyLoadException(name + ": alias '" + entry + "' holds no private key");
        } catch (GeneralSecurityException e) {
            throw new KeyLoadException(name + ": cannot read alias '" + entry + "' (wrong key password?)", e);
        }
    }

    // keystore.type.compat (on by default since JDK 9) lets the PKCS12 type load JKS files too.
    private static KeyStore openKeyStore(byte[] bytes, String name, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new KeyLoadException(name + ": neither PEM nor a PKCS#12/JKS keystore readable with this password"
                    + " (DER keys: convert with openssl pkey -in KEY -out key.pem)", e);
        }
    }

    private static String firstKeyAlias(KeyStore store, String name) {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return alias;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new KeyLoadException(name + ": cannot list the keystore's entries", e);
        }
        throw new KeyLoadException(name + ": the keystore holds no private key entry");
    }

    private static byte[] readResource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream in = loader == null ? null : loader.getResourceAsStream(name);
        if (in == null) {
            in = SigningKeys.class.getClassLoader().getResourceAsStream(name);
        }
        if (in == null) {
            throw new KeyLoadException("classpath resource not found: " + name);
        }
        try (InputStream stream = in) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new KeyLoadException("cannot read classpath resource " + name + ": " + e.getMessage(), e);
        }
    }

    private static char[] copy(char[] password) {
        return password == null ? null : password.clone();
    }

    private static KeySource source(String description, Supplier<PrivateKey> loader) {
        return new Described(description, loader);
    }

    private record Described(String description, Supplier<PrivateKey> loader) implements KeySource {
        @Override
        public PrivateKey load() {
            return loader.get();
        }

        @Override
        public String toString() {
            return "KeySource[" + description + "]";
        }
    }
}
