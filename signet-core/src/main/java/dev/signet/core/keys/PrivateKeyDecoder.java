package dev.signet.core.keys;

import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.security.Provider;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.bc.BcPEMDecryptorProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Turns the objects BouncyCastle's {@link PEMParser} reads (PKCS#8, PKCS#1, legacy encrypted PEM,
 * encrypted PKCS#8) into a {@link PrivateKey}. Errors name the source but never key material.
 */
final class PrivateKeyDecoder {
    static final String ENCRYPTED = "the key is encrypted: pass --key-password";
    static final String WRONG_PASSWORD = "wrong password for the encrypted key";
    static final String UNSUPPORTED =
            "unsupported key file: expected PEM (PKCS#8 or PKCS#1), encrypted PEM, PKCS#12 or JKS";

    private final String source;
    private final char[] password;
    private final JcaPEMKeyConverter converter = new JcaPEMKeyConverter();

    /**
     * @param source a short name for messages (a file name), or null for "the PEM text"
     * @param password the password for encrypted keys, or null
     */
    PrivateKeyDecoder(String source, char[] password) {
        this.source = source;
        this.password = password == null || password.length == 0 ? null : password;
    }

    /** Reads PEM text; the first private key wins, certificates and the like are skipped. */
    PrivateKey decodePem(String pemText) {
        String found = null;
        try (PEMParser parser = new PEMParser(new StringReader(pemText))) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                PrivateKey key = decode(o);
                if (key != null) {
                    return key;
                }
                found = found == null ? describe(o) : found;
            }
        } catch (KeyLoadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new KeyLoadException(prefix() + UNSUPPORTED + " (" + safeReason(e) + ")", e);
        }
        throw noPrivateKey(found);
    }

    /** Decodes one parsed object, or returns null if it is not a private key. */
    PrivateKey decode(Object o) {
        try {
            if (o instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (o instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            if (o instanceof PEMEncryptedKeyPair encrypted) {
                return converter.getKeyPair(encrypted.decryptKeyPair(legacyDecryptor())).getPrivate();
            }
            if (o instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                return converter.getPrivateKey(encrypted.decryptPrivateKeyInfo(pkcs8Decryptor()));
            }
            return null;
        } catch (KeyLoadException e) {
            throw e;
        } catch (IOException | PKCSException | OperatorCreationException | RuntimeException e) {
            boolean encrypted = o instanceof PEMEncryptedKeyPair || o instanceof PKCS8EncryptedPrivateKeyInfo;
            throw new KeyLoadException(prefix() + (encrypted ? WRONG_PASSWORD : UNSUPPORTED), e);
        }
    }

    /** The "no private key in ... (found a certificate ...)" error. */
    KeyLoadException noPrivateKey(String found) {
        String in = source == null ? "the PEM text" : source;
        if (found == null) {
            return new KeyLoadException(prefix() + UNSUPPORTED);
        }
        String not = source == null ? "the " + found : source;
        return new KeyLoadException("no private key in " + in + " (found a " + found
                + ": pass the private key, not " + not + ")");
    }

    /** A short name for a parsed PEM object, for messages. */
    static String describe(Object o) {
        if (o instanceof PrivateKeyInfo || o instanceof PEMKeyPair || o instanceof PEMEncryptedKeyPair
                || o instanceof PKCS8EncryptedPrivateKeyInfo) {
            return "private key";
        }
        if (o instanceof X509CertificateHolder) {
            return "certificate";
        }
        if (o instanceof PKCS10CertificationRequest) {
            return "certificate signing request";
        }
        if (o instanceof SubjectPublicKeyInfo) {
            return "public key";
        }
        return "PEM object that is not a private key";
    }

    private BcPEMDecryptorProvider legacyDecryptor() {
        return new BcPEMDecryptorProvider(requirePassword());
    }

    private InputDecryptorProvider pkcs8Decryptor() throws OperatorCreationException {
        return new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(Bc.PROVIDER).build(requirePassword());
    }

    private char[] requirePassword() {
        if (password == null) {
            throw new KeyLoadException(prefix() + ENCRYPTED);
        }
        return password;
    }

    private String prefix() {
        return source == null ? "" : source + ": ";
    }

    /** Exception messages from the parsers describe structure, never key bytes. */
    private static String safeReason(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /**
     * A BouncyCastle provider instance used explicitly (never registered with {@code Security})
     * for encrypted PKCS#8: the JDK's JCE cannot decrypt the PBES2 forms OpenSSL 3 writes (DES-EDE3-CBC
     * from {@code openssl genrsa -des3}, AES-CBC from {@code openssl pkcs8 -topk8 -v2 aes-256-cbc}).
     * OpenJDK accepts the provider unsigned, so this also works from the shaded CLI jar.
     */
    private static final class Bc {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }
}
