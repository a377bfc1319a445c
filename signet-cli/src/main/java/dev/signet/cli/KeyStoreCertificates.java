package dev.signet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The certificate chain of a PKCS#12 or JKS key entry, chosen as the key is ({@code --key-alias},
 * else the only or first key entry), for {@code broker keys import}.
 */
final class KeyStoreCertificates {
    private KeyStoreCertificates() {}

    static List<X509Certificate> chain(Path file, char[] storePassword, String alias) {
        KeyStore store;
        try {
            store = KeyStore.getInstance(file.toFile(), storePassword);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new CliException(file.getFileName() + " is not a keystore readable with this store password;"
                    + " for a PEM or DER key, give its certificate with --cert");
        }
        try {
            String entry = alias != null ? alias : firstKeyEntry(store, file);
            Certificate[] chain = store.getCertificateChain(entry);
            if (chain == null || chain.length == 0) {
                throw new CliException(file.getFileName() + ": alias '" + entry + "' has no certificate chain");
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : chain) {
                certificates.add((X509Certificate) certificate);
            }
            return certificates;
        } catch (GeneralSecurityException e) {
            throw new CliException(file.getFileName() + ": cannot read the keystore's entries");
        }
    }

    private static String firstKeyEntry(KeyStore store, Path file) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        throw new CliException(file.getFileName() + ": the keystore holds no key entry");
    }
}
