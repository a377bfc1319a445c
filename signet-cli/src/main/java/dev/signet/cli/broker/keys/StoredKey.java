package dev.signet.cli.broker.keys;

import dev.signet.core.keys.CertificateLoader;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the broker shows of an imported key: its name and its certificate (subject, SHA-256
 * fingerprint, expiry). The private key itself stays sealed in the key store.
 *
 * @param name the name named credentials use ({@code signingKey})
 * @param chain the certificate first, then its issuers as the keystore had them
 */
public record StoredKey(String name, List<X509Certificate> chain) {
    /** How long ahead of the certificate's expiry {@link #expiryWarning} speaks up. */
    public static final Duration WARN_AHEAD = Duration.ofDays(30);

    /** Copies the chain. */
    public StoredKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("key '" + name + "' has no certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The certificate's subject, e.g. {@code CN=orga,O=Acme,...}. */
    public String subject() {
        return certificate().getSubjectX500Principal().getName();
    }

    /** {@code openssl x509 -fingerprint -sha256} of the certificate. */
    public String fingerprint() {
        return CertificateLoader.sha256Fingerprint(certificate());
    }

    public Instant expires() {
        return certificate().getNotAfter().toInstant();
    }

    /**
     * A warning when the certificate has expired or expires within {@link #WARN_AHEAD} of
     * {@code now}; {@code null} otherwise. Upload a new certificate to the target's connected app
     * before then, or its logins fail.
     */
    public String expiryWarning(Instant now) {
        if (!expires().isAfter(now)) {
            return "key '" + name + "': its certificate expired on " + expires() + "; tokens for it are refused";
        }
        long days = Duration.between(now, expires()).toDays();
        return days < WARN_AHEAD.toDays() ? "key '" + name + "': its certificate expires in " + days + " days, on "
                + expires() + "; make a new one and upload it to the target's connected app" : null;
    }

    @Override
    public String toString() {
        return "StoredKey[" + name + ", " + subject() + ", expires " + expires() + "]";
    }
}
