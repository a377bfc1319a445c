package dev.signet.core.keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reads the private key entry of a PKCS#12, JKS or JCEKS keystore with the JDK's {@link KeyStore}. */
final class KeyStoreReader {
    private final String source;
    private final KeyStore store;

    private KeyStoreReader(String source, KeyStore store) {
        this.source = source;
        this.store = store;
    }

    /**
     * Opens a keystore.
     *
     * @param source a short name for messages (the file name)
     */
    static KeyStoreReader open(byte[] bytes, String type, String source, char[] storePassword) {
        if (storePassword == null) {
            throw new KeyLoadException(source + ": the keystore needs a password: pass --key-password");
        }
        KeyStore store = newKeyStore(type, source);
        try {
            store.load(new ByteArrayInputStream(bytes), storePassword);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new KeyLoadException(source + ": wrong password for the keystore", e);
            }
            throw new KeyLoadException(source + ": not a readable " + type + " keystore (" + e.getMessage() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new KeyLoadException(source + ": cannot read the " + type + " keystore (" + e.getMessage() + ")", e);
        }
        return new KeyStoreReader(source, store);
    }

    /**
     * The private key under {@code alias}, or under the only (or first) key entry if alias is null.
     */
    PrivateKey privateKey(String alias, char[] keyPassword) {
        String chosen = alias == null ? firstKeyAlias() : checkedAlias(alias);
        try {
            Key key = store.getKey(chosen, keyPassword);
            if (key instanceof PrivateKey privateKey) {
                return privateKey;
            }
            throw new KeyLoadException("alias '" + chosen + "' in " + source + " holds a secret key, not a private key");
        } catch (UnrecoverableKeyException e) {
            throw new KeyLoadException(source + ": wrong key password for alias '" + chosen + "'", e);
        } catch (GeneralSecurityException e) {
            throw new KeyLoadException(source + ": cannot read alias '" + chosen + "' (" + e.getMessage() + ")", e);
        }
    }

    private String checkedAlias(String alias) {
        try {
            if (!store.containsAlias(alias)) {
                throw new KeyLoadException("alias '" + alias + "' not found in keystore; aliases: " + join(aliases()));
            }
            if (!store.isKeyEntry(alias)) {
                throw new KeyLoadException("alias '" + alias + "' in keystore is a certificate, not a private key;"
                        + " key entries: " + join(keyAliases()));
            }
            return alias;
        } catch (KeyStoreException e) {
            throw new IllegalStateException("keystore not loaded", e);
        }
    }

    private String firstKeyAlias() {
        List<String> keys = keyAliases();
        if (keys.isEmpty()) {
            throw new KeyLoadException("no private key in " + source
                    + " (the keystore holds only certificates; aliases: " + join(aliases()) + ")");
        }
        return keys.get(0);
    }

    private List<String> keyAliases() {
        List<String> keys = new ArrayList<>();
        try {
            for (String alias : aliases()) {
                if (store.isKeyEntry(alias)) {
                    keys.add(alias);
                }
            }
            return keys;
        } catch (KeyStoreException e) {
            throw new IllegalStateException("keystore not loaded", e);
        }
    }

    private List<String> aliases() {
        try {
            return Collections.list(store.aliases());
        } catch (KeyStoreException e) {
            throw new IllegalStateException("keystore not loaded", e);
        }
    }

    private static String join(List<String> names) {
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }

    private static KeyStore newKeyStore(String type, String source) {
        try {
            return KeyStore.getInstance(type);
        } catch (KeyStoreException e) {
            throw new KeyLoadException(source + ": unsupported keystore type '" + type + "': use PKCS12 or JKS", e);
        }
    }
}
