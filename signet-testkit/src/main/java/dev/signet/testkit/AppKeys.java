package dev.signet.testkit;

import dev.signet.core.keys.CertificateLoader;
import dev.signet.core.keys.KeyLoader;
import dev.signet.core.keys.SelfSignedKeyPair;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An app's private key and the certificate uploaded to it. A class, not a record: no {@code toString()} shows the key. */
final class AppKeys {
    private static final Map<String, AppKeys> GENERATED = new ConcurrentHashMap<>();

    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    AppKeys(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = privateKey;
        this.certificate = certificate;
    }

    /**
     * An RSA 2048 key pair with a self-signed certificate, in memory: made once per app name and JVM,
     * since generating one takes longer than starting a server and tests of one JVM trust each other.
     */
    static AppKeys generate(String appName, Clock clock) {
        return GENERATED.computeIfAbsent(appName, name -> {
            SelfSignedKeyPair pair = SelfSignedKeyPair.generate(name, 3650, SelfSignedKeyPair.MIN_RSA_BITS, clock);
            return new AppKeys(pair.keyPair().getPrivate(), pair.certificate());
        });
    }

    /** A key (PEM, DER, PKCS#12 or JKS; password null if none) and a certificate (PEM or DER) from files. */
    static AppKeys load(Path privateKey, char[] password, Path certificate) {
        return new AppKeys(KeyLoader.loadPrivateKey(privateKey, password), CertificateLoader.load(certificate));
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    X509Certificate certificate() {
        return certificate;
    }
}
