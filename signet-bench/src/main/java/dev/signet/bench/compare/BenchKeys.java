package dev.signet.bench.compare;

import dev.signet.core.keys.CertificateLoader;
import dev.signet.core.keys.SelfSignedKeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Base64;

/** The run's RSA-2048 assertion-signing key, its certificate (Signet) and public key (Keycloak). */
record BenchKeys(SelfSignedKeyPair pair) {
    static BenchKeys generate() {
        return new BenchKeys(SelfSignedKeyPair.generate("signet-bench", 30, 2048, Clock.systemUTC()));
    }

    PrivateKey privateKey() {
        return pair.keyPair().getPrivate();
    }

    String certificatePem() {
        return CertificateLoader.toPem(pair.certificate());
    }

    String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(pair.keyPair().getPublic().getEncoded());
    }
}
