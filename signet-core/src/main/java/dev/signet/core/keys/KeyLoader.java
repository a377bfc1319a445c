package dev.signet.core.keys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Loads a private key from the files the Salesforce JWT bearer tutorials make, detecting the
 * format from the content rather than the file name:
 *
 * <ul>
 *   <li>PEM: PKCS#8 ({@code BEGIN PRIVATE KEY}), PKCS#1 ({@code BEGIN RSA PRIVATE KEY}), the
 *       legacy encrypted form of {@code openssl genrsa -des3} ({@code Proc-Type}/{@code DEK-Info})
 *       and encrypted PKCS#8 ({@code BEGIN ENCRYPTED PRIVATE KEY});
 *   <li>DER PKCS#8 (plain or encrypted) and DER PKCS#1;
 *   <li>PKCS#12 and JKS keystores, using the password as store and key password.
 * </ul>
 *
 * <p>Every failure is a {@link KeyLoadException} whose message says what to fix; messages never
 * contain key material or passwords.
 *
 * <p>Related specifications: RFC 5208 / RFC 5958 (PKCS#8), RFC 8017 (PKCS#1), RFC 7468 (PEM),
 * RFC 7292 (PKCS#12).
 */
public final class KeyLoader {
    private static final int MAX_FILE_SIZE = 1 << 20;

    private KeyLoader() {}

    /**
     * Loads a private key from a PEM, DER, PKCS#12 or JKS file.
     *
     * @param password the password of an encrypted key or keystore; null if there is none
     */
    public static PrivateKey loadPrivateKey(Path file, char[] password) {
        Objects.requireNonNull(file, "file must not be null");
        byte[] bytes = read(file);
        String name = name(file);
        KeyFileFormat format = KeyFileFormat.detect(bytes);
        PrivateKeyDecoder decoder = new PrivateKeyDecoder(name, password);
        return switch (format) {
            case PEM -> decodePem(decoder, name, new String(bytes, StandardCharsets.UTF_8));
            case JKS, JCEKS, PKCS12 -> KeyStoreReader.open(bytes, format.keyStoreType(), name, password)
                    .privateKey(null, password);
            case DER_PRIVATE_KEY -> decoder.decode(PrivateKeyInfo.getInstance(bytes));
            case DER_RSA_PRIVATE_KEY -> decoder.decode(rsaPrivateKeyInfo(bytes));
            case DER_ENCRYPTED_PRIVATE_KEY -> decoder.decode(new PKCS8EncryptedPrivateKeyInfo(EncryptedPrivateKeyInfo.getInstance(bytes)));
            case DER_CERTIFICATE -> throw decoder.noPrivateKey("certificate");
            case DER_CSR -> throw decoder.noPrivateKey("certificate signing request");
            case UNKNOWN -> throw new KeyLoadException(name + ": " + PrivateKeyDecoder.UNSUPPORTED);
        };
    }

    /**
     * Parses a private key from PEM text, for example from an environment variable. Text with
     * literal {@code \n} sequences and no line breaks (a common way to put PEM in one line) is
     * accepted too.
     *
     * @param password the password of an encrypted key; null if there is none
     */
    public static PrivateKey parsePrivateKeyPem(String pemText, char[] password) {
        Objects.requireNonNull(pemText, "pemText must not be null");
        String text = pemText.indexOf('\n') < 0 ? pemText.replace("\\n", "\n") : pemText;
        if (!text.contains("-----BEGIN ")) {
            throw new KeyLoadException(PrivateKeyDecoder.UNSUPPORTED + " (the text has no -----BEGIN line)");
        }
        return decodePem(new PrivateKeyDecoder(null, password), null, text);
    }

    /**
     * Loads the private key of a keystore entry.
     *
     * @param type {@code "PKCS12"} or {@code "JKS"}; null to detect from the content
     * @param storePassword the keystore password
     * @param alias the entry; null for the only (or first) key entry
     * @param keyPassword the entry password; null to use {@code storePassword}
     */
    public static PrivateKey loadFromKeyStore(
            Path file, String type, char[] storePassword, String alias, char[] keyPassword) {
        Objects.requireNonNull(file, "file must not be null");
        byte[] bytes = read(file);
        String name = name(file);
        String storeType = type != null ? type.toUpperCase(Locale.ROOT) : KeyFileFormat.detect(bytes).keyStoreType();
        if (storeType == null) {
            throw new KeyLoadException(name + ": not a PKCS#12 or JKS keystore");
        }
        return KeyStoreReader.open(bytes, storeType, name, storePassword)
                .privateKey(alias, keyPassword != null ? keyPassword : storePassword);
    }

    /**
     * Whether {@code file} is a PKCS#12, JKS or JCEKS keystore (from its content), so that a
     * caller can tell a keystore's passwords and alias from a PEM or DER key's password.
     */
    public static boolean isKeyStore(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return KeyFileFormat.detect(read(file)).keyStoreType() != null;
    }

    private static PrivateKey decodePem(PrivateKeyDecoder decoder, String name, String text) {
        if (text.contains("-----BEGIN OPENSSH PRIVATE KEY-----")) {
            throw new KeyLoadException((name == null ? "" : name + ": ")
                    + "OpenSSH keys are not supported: convert with ssh-keygen -p -m PKCS8 -f FILE,"
                    + " or make a new key with ./signet keygen");
        }
        return decoder.decodePem(text);
    }

    private static PrivateKeyInfo rsaPrivateKeyInfo(byte[] der) {
        AlgorithmIdentifier rsa = new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
        try {
            return new PrivateKeyInfo(rsa, RSAPrivateKey.getInstance(der));
        } catch (IOException e) {
            throw new KeyLoadException(PrivateKeyDecoder.UNSUPPORTED, e);
        }
    }

    static byte[] read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new KeyLoadException(file + " is a directory, not a key file");
            }
            if (Files.size(file) > MAX_FILE_SIZE) {
                throw new KeyLoadException(file + " is too large to be a key or certificate file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KeyLoadException("file not found: " + file, e);
        } catch (AccessDeniedException e) {
            throw new KeyLoadException("cannot read " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new KeyLoadException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
