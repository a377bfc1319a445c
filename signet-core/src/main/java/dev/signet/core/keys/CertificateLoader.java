package dev.signet.core.keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;
import java.util.Objects;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * Reads and describes X.509 certificates (PEM or DER), such as the {@code server.crt} uploaded to
 * a connected app.
 *
 * <p>Related specifications: RFC 5280 (X.509), RFC 7468 (PEM).
 */
public final class CertificateLoader {
    static final String PRIVATE_KEY = "this is a private key; upload the certificate (server.crt)";

    private CertificateLoader() {}

    /** Loads a PEM or DER certificate file. */
    public static X509Certificate load(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        byte[] bytes = KeyLoader.read(file);
        try {
            return parse(bytes);
        } catch (KeyLoadException e) {
            throw new KeyLoadException(KeyLoader.name(file) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a PEM or DER certificate; the first certificate of a PEM bundle wins.
     *
     * @throws KeyLoadException if the bytes are not a certificate (with a hint when they are a
     *     private key or a signing request)
     */
    public static X509Certificate parse(byte[] pemOrDer) {
        Objects.requireNonNull(pemOrDer, "pemOrDer must not be null");
        KeyFileFormat format = KeyFileFormat.detect(pemOrDer);
        return switch (format) {
            case PEM -> parsePem(new String(pemOrDer, StandardCharsets.UTF_8));
            case DER_CERTIFICATE -> generate(pemOrDer);
            case DER_PRIVATE_KEY, DER_RSA_PRIVATE_KEY, DER_ENCRYPTED_PRIVATE_KEY, JKS, JCEKS, PKCS12 ->
                    throw new KeyLoadException(format.keyStoreType() == null ? PRIVATE_KEY
                            : "this is a keystore; upload the certificate (server.crt)");
            case DER_CSR -> throw new KeyLoadException(
                    "this is a certificate signing request (server.csr); upload the certificate (server.crt)");
            case UNKNOWN -> throw new KeyLoadException("not a certificate: expected PEM (BEGIN CERTIFICATE) or DER");
        };
    }

    /** The certificate as PEM ({@code -----BEGIN CERTIFICATE-----}). */
    public static String toPem(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate must not be null");
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** SHA-256 of the DER encoding as uppercase hex with colons, like {@code openssl x509 -fingerprint -sha256}. */
    public static String sha256Fingerprint(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate must not be null");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }

    /** The certificate's RSA public key. */
    public static RSAPublicKey rsaPublicKey(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate must not be null");
        if (certificate.getPublicKey() instanceof RSAPublicKey rsa) {
            return rsa;
        }
        throw new KeyLoadException("the certificate has a " + certificate.getPublicKey().getAlgorithm()
                + " key; RS256 needs an RSA certificate");
    }

    private static X509Certificate parsePem(String text) {
        String found = null;
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof X509CertificateHolder holder) {
                    return new JcaX509CertificateConverter().getCertificate(holder);
                }
                found = found == null ? PrivateKeyDecoder.describe(o) : found;
            }
        } catch (IOException | CertificateException | RuntimeException e) {
            // The parser's message names its own classes (java.io.IOException…): say what is wrong instead.
            throw new KeyLoadException("not a certificate: the PEM block is damaged and cannot be decoded", e);
        }
        throw new KeyLoadException(found == null ? "not a certificate: no PEM block found" : hint(found));
    }

    private static String hint(String found) {
        return switch (found) {
            case "private key" -> PRIVATE_KEY;
            case "certificate signing request" ->
                    "this is a certificate signing request (server.csr); upload the certificate (server.crt)";
            default -> "not a certificate (found a " + found + "); upload the certificate (server.crt)";
        };
    }

    private static X509Certificate generate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new KeyLoadException("not a certificate: the DER data is damaged and cannot be decoded", e);
        }
    }
}
