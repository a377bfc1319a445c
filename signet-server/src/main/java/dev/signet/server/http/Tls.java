package dev.signet.server.http;

import dev.signet.core.keys.KeyLoadException;
import dev.signet.core.keys.KeyLoader;
import dev.signet.core.keys.PublicKeys;
import dev.signet.server.config.HttpConfig.TlsConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.UUID;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The server's TLS settings: the certificate chain and key of {@link TlsConfig} (PEM files, the
 * key PKCS#8, PKCS#1 or encrypted, as the client and CLI read them; or one PKCS#12 file), TLS 1.2
 * and 1.3 only, with Jetty's cipher list (no RSA key exchange, no CBC-SHA1, no NULL or anonymous
 * suites).
 */
final class Tls {
    static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private Tls() {}

    /** A Jetty SSL context and the reloader of its files. */
    record Served(SslContextFactory.Server context, CertificateReloader reloader) {}

    /** A Jetty SSL context for {@code tls}; a file that cannot be read fails the start, saying which. */
    static Served serve(TlsConfig tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        // The key store lives only in memory, locked with a throwaway password.
        String storePassword = UUID.randomUUID().toString();
        ssl.setKeyStore(keyStore(tls, storePassword.toCharArray()));
        ssl.setKeyStorePassword(storePassword);
        ssl.setIncludeProtocols(PROTOCOLS);
        ssl.setSniRequired(false);
        return new Served(ssl, new CertificateReloader(ssl, tls, () -> keyStore(tls, storePassword.toCharArray())));
    }

    /** The key and chain of {@code tls} in a new in-memory key store; the key must be the certificate's. */
    static KeyStore keyStore(TlsConfig tls, char[] storePassword) {
        char[] password = tls.keyPassword() == null ? null : tls.keyPassword().toCharArray();
        try {
            PrivateKey key = tls.keyFile() == null ? KeyLoader.loadPrivateKey(tls.certFile(), password)
                    : KeyLoader.loadPrivateKey(tls.keyFile(), password);
            Certificate[] chain = tls.keyFile() == null ? pkcs12Chain(tls, password) : pemChain(tls);
            if (!PublicKeys.matches(key, (X509Certificate) chain[0])) {
                throw new IllegalArgumentException("HTTPS key " + tls.keyFile() + " is not the key of the certificate "
                        + tls.certFile());
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signet", key, storePassword, chain);
            return store;
        } catch (KeyLoadException e) {
            throw new IllegalArgumentException("HTTPS key: " + e.getMessage(), e);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("HTTPS certificate " + tls.certFile() + ": " + e.getMessage(), e);
        }
    }

    private static Certificate[] pemChain(TlsConfig tls) throws GeneralSecurityException, IOException {
        byte[] bytes = Files.readAllBytes(tls.certFile());
        Certificate[] chain = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(bytes)).toArray(Certificate[]::new);
        if (chain.length == 0) {
            throw new GeneralSecurityException("no certificate in the file");
        }
        return chain;
    }

    private static Certificate[] pkcs12Chain(TlsConfig tls, char[] password) throws GeneralSecurityException,
            IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(Files.readAllBytes(tls.certFile())), password);
        for (String alias : java.util.Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return store.getCertificateChain(alias);
            }
        }
        throw new GeneralSecurityException("no key entry in the PKCS#12 file");
    }
}
