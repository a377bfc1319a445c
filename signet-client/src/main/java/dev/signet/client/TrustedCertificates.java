package dev.signet.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * An SSL context that trusts the JDK's CA certificates and those of a PEM file besides: a private
 * CA, or a development certificate (which is its own CA). Host names are still checked.
 */
public final class TrustedCertificates {
    private TrustedCertificates() {}

    /**
     * @param pemFile one or more PEM (or DER) certificates
     * @throws IllegalArgumentException naming the file when it cannot be read or holds no certificate
     */
    public static SSLContext sslContext(Path pemFile) {
        try (InputStream in = Files.newInputStream(pemFile)) {
            Collection<? extends Certificate> extra =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (extra.isEmpty()) {
                throw new IllegalArgumentException(pemFile + ": no certificate in the file");
            }
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            int n = 0;
            for (X509Certificate ca : jdkDefaults().getAcceptedIssuers()) {
                trusted.setCertificateEntry("jdk-" + n++, ca);
            }
            for (Certificate ca : extra) {
                trusted.setCertificateEntry("extra-" + n++, ca);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(pemFile + ": not a readable certificate file (" + e.getMessage() + ")",
                    e);
        }
    }

    private static X509TrustManager jdkDefaults() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        for (var manager : tmf.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("the JDK has no X.509 trust manager");
    }
}
