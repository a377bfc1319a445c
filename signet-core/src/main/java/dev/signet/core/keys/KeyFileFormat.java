package dev.signet.core.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.CertificationRequest;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x509.Certificate;

/** What a key or certificate file contains, detected from its bytes rather than its name. */
enum KeyFileFormat {
    PEM,
    JKS,
    JCEKS,
    PKCS12,
    DER_CERTIFICATE,
    DER_CSR,
    DER_PRIVATE_KEY,
    DER_RSA_PRIVATE_KEY,
    DER_ENCRYPTED_PRIVATE_KEY,
    UNKNOWN;

    private static final int JKS_MAGIC = 0xFEEDFEED;
    private static final int JCEKS_MAGIC = 0xCECECECE;

    static KeyFileFormat detect(byte[] bytes) {
        if (new String(bytes, StandardCharsets.ISO_8859_1).contains("-----BEGIN ")) {
            return PEM;
        }
        if (bytes.length >= 4) {
            int magic = ((bytes[0] & 0xFF) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
            if (magic == JKS_MAGIC) {
                return JKS;
            }
            if (magic == JCEKS_MAGIC) {
                return JCEKS;
            }
        }
        return detectDer(bytes);
    }

    /** The keystore type for {@link java.security.KeyStore#getInstance(String)}, or null. */
    String keyStoreType() {
        return switch (this) {
            case JKS -> "JKS";
            case JCEKS -> "JCEKS";
            case PKCS12 -> "PKCS12";
            default -> null;
        };
    }

    private static KeyFileFormat detectDer(byte[] bytes) {
        ASN1Primitive der = readDer(bytes);
        if (der == null) {
            return UNKNOWN;
        }
        if (is(der, Pfx::getInstance)) {
            return PKCS12;
        }
        if (is(der, Certificate::getInstance)) {
            return DER_CERTIFICATE;
        }
        if (is(der, CertificationRequest::getInstance)) {
            return DER_CSR;
        }
        if (is(der, PrivateKeyInfo::getInstance)) {
            return DER_PRIVATE_KEY;
        }
        if (is(der, RSAPrivateKey::getInstance)) {
            return DER_RSA_PRIVATE_KEY;
        }
        if (is(der, EncryptedPrivateKeyInfo::getInstance)) {
            return DER_ENCRYPTED_PRIVATE_KEY;
        }
        return UNKNOWN;
    }

    private static ASN1Primitive readDer(byte[] bytes) {
        try (ASN1InputStream in = new ASN1InputStream(bytes)) {
            return in.readObject();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean is(ASN1Primitive der, Function<Object, ?> parser) {
        try {
            return parser.apply(der) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
