package dev.signet.core.keys;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * An RSA key pair with a self-signed certificate, what the Salesforce tutorials make with
 * {@code openssl genrsa} + {@code openssl req} + {@code openssl x509 -req -signkey}. {@link
 * #toString()} shows the certificate, never the private key.
 *
 * <p>Related specifications: RFC 5280 (X.509); RFC 7518 §3.3 (RS256 needs RSA ≥ 2048 bits).
 */
public record SelfSignedKeyPair(KeyPair keyPair, X509Certificate certificate) {
    /** The smallest RSA key size accepted. */
    public static final int MIN_RSA_BITS = 2048;

    private static final SecureRandom RANDOM = new SecureRandom();

    public SelfSignedKeyPair {
        Objects.requireNonNull(keyPair, "keyPair must not be null");
        Objects.requireNonNull(certificate, "certificate must not be null");
    }

    /**
     * Generates an RSA key pair and a SHA256withRSA self-signed certificate for {@code CN=commonName},
     * valid from one minute before now (to allow for clock skew) for {@code days} days.
     */
    public static SelfSignedKeyPair generate(String commonName, int days, int rsaBits, Clock clock) {
        Objects.requireNonNull(commonName, "commonName must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        if (commonName.isBlank()) {
            throw new IllegalArgumentException("commonName must not be blank");
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        if (rsaBits < MIN_RSA_BITS) {
            throw new IllegalArgumentException("RSA keys must have at least " + MIN_RSA_BITS + " bits, was " + rsaBits);
        }
        try {
            KeyPair keyPair = newRsaKeyPair(rsaBits);
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            return new SelfSignedKeyPair(keyPair, selfSign(keyPair, commonName, now, days));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot generate a self-signed key pair: " + e.getMessage(), e);
        }
    }

    /**
     * A development certificate for HTTPS: like {@link #generate}, with {@code CN} the first host,
     * every host in the subject alternative names (DNS names, or IP addresses for literals) and the
     * server-authentication key usages that browsers and TLS clients check.
     */
    public static SelfSignedKeyPair generateTls(List<String> hosts, int days, int rsaBits, Clock clock) {
        if (hosts.isEmpty() || hosts.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a TLS certificate needs at least one host, none blank");
        }
        SelfSignedKeyPair plain = generate(hosts.get(0), days, rsaBits, clock);
        try {
            X509Certificate base = plain.certificate();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(base.getSubjectX500Principal(),
                    base.getSerialNumber(), base.getNotBefore(), base.getNotAfter(), base.getSubjectX500Principal(),
                    plain.keyPair().getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(
                    hosts.stream().map(SelfSignedKeyPair::generalName).toArray(GeneralName[]::new)));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            builder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createSubjectKeyIdentifier(plain.keyPair().getPublic()));
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(plain.keyPair().getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
            return new SelfSignedKeyPair(plain.keyPair(), certificate);
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot generate a TLS certificate: " + e.getMessage(), e);
        }
    }

    // An IP literal is an iPAddress name (browsers ignore DNS names that look like addresses).
    private static GeneralName generalName(String host) {
        boolean ip = host.contains(":") || host.matches("[0-9.]+");
        return new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, host);
    }

    private static KeyPair newRsaKeyPair(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits, RANDOM);
        return generator.generateKeyPair();
    }

    private static X509Certificate selfSign(KeyPair keyPair, String commonName, Instant now, int days)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                subject,
                new BigInteger(159, RANDOM).setBit(0),
                Date.from(now.minus(Duration.ofMinutes(1))),
                Date.from(now.plus(Duration.ofDays(days))),
                subject,
                keyPair.getPublic());
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keyPair.getPublic()));
        var signer = new JcaContentSignerBuilder("SHA256withRSA").build(keyPair.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    }

    @Override
    public String toString() {
        return "SelfSignedKeyPair[subject=" + certificate.getSubjectX500Principal().getName()
                + ", sha256=" + CertificateLoader.sha256Fingerprint(certificate)
                + ", notAfter=" + certificate.getNotAfter().toInstant() + ", privateKey=(redacted)]";
    }
}
