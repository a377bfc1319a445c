package dev.signet.core.keys;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Set;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * Writes keys and certificates in the forms {@code openssl}, {@code keytool} and the Salesforce
 * connected-app upload accept. Private key files are made owner-only ({@code rw-------}) where
 * the file system supports POSIX permissions. Existing files are overwritten.
 *
 * <p>Related specifications: RFC 5958 (PKCS#8), RFC 7468 (PEM), RFC 7292 (PKCS#12).
 */
public final class KeyFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private KeyFiles() {}

    /** Writes the key as unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}), owner-only. */
    public static void writePrivateKeyPem(Path file, PrivateKey key) {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(key, "key must not be null");
        try (OutputStream out = openOwnerOnly(file);
                JcaPEMWriter pem = new JcaPEMWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII))) {
            pem.writeObject(new JcaPKCS8Generator(key, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes the certificate as PEM ({@code -----BEGIN CERTIFICATE-----}). */
    public static void writeCertificatePem(Path file, X509Certificate certificate) {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(certificate, "certificate must not be null");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write(CertificateLoader.toPem(certificate));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Writes a PKCS#12 keystore with one key entry (key + certificate) under {@code alias},
     * protected by {@code password} (store and key), owner-only. Readable by {@code openssl
     * pkcs12} and {@code keytool}.
     */
    public static void writePkcs12(
            Path file, PrivateKey key, X509Certificate certificate, String alias, char[] password) {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(certificate, "certificate must not be null");
        Objects.requireNonNull(alias, "alias must not be null");
        Objects.requireNonNull(password, "password must not be null");
        try (OutputStream out = openOwnerOnly(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, key, password, new Certificate[] {certificate});
            store.store(out, password);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write PKCS#12 " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Opens for writing (truncating), making the file owner-only before any byte is written. */
    private static OutputStream openOwnerOnly(Path file) throws IOException {
        boolean posix = Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView(PosixFileAttributeView.class);
        if (posix) {
            if (Files.exists(file)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            } else {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
        }
        return Files.newOutputStream(file);
    }
}
