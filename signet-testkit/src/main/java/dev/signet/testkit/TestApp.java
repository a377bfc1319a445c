package dev.signet.testkit;

import dev.signet.core.keys.CertificateLoader;
import dev.signet.core.keys.KeyFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * A connected app of the embedded org and its key pair: what a client under test is configured
 * with (consumer key, private key as PEM, PKCS#12 or JKS keystore). Files are written on first
 * use into the server's temporary directory, which goes when the server stops.
 */
public final class TestApp {
    /** The password of {@link #pkcs12()} and {@link #jks()}, for the store and the key. */
    public static final String KEYSTORE_PASSWORD = "signet";
    /** The alias of the key entry in {@link #pkcs12()} and {@link #jks()}. */
    public static final String KEY_ALIAS = "signet";

    private final String name;
    private final String consumerKey;
    private final AppKeys keys;
    private final Path files;

    TestApp(String name, String consumerKey, AppKeys keys, Path files) {
        this.name = name;
        this.consumerKey = consumerKey;
        this.keys = keys;
        this.files = files;
    }

    public String name() {
        return name;
    }

    /** The {@code client_id}, the assertion's {@code iss}. */
    public String consumerKey() {
        return consumerKey;
    }

    public PrivateKey privateKey() {
        return keys.privateKey();
    }

    /** The certificate uploaded to the app. */
    public X509Certificate certificate() {
        return keys.certificate();
    }

    /** The private key as unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
    public String privateKeyPem() {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(new JcaPKCS8Generator(keys.privateKey(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public String certificatePem() {
        return CertificateLoader.toPem(keys.certificate());
    }

    /** The private key as a PEM file (owner-only). */
    public Path privateKeyFile() {
        Path file = file(".key");
        if (!Files.exists(file)) {
            KeyFiles.writePrivateKeyPem(file, keys.privateKey());
        }
        return file;
    }

    /** A PKCS#12 keystore with the key and certificate under {@link #KEY_ALIAS}, password {@link #KEYSTORE_PASSWORD}. */
    public Path pkcs12() {
        Path file = file(".p12");
        if (!Files.exists(file)) {
            KeyFiles.writePkcs12(file, keys.privateKey(), keys.certificate(), KEY_ALIAS, KEYSTORE_PASSWORD.toCharArray());
        }
        return file;
    }

    /** The same as {@link #pkcs12()} in the older JKS format, for clients that want one. */
    public Path jks() {
        Path file = file(".jks");
        if (!Files.exists(file)) {
            writeJks(file);
        }
        return file;
    }

    private void writeJks(Path file) {
        char[] password = KEYSTORE_PASSWORD.toCharArray();
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore store = KeyStore.getInstance("JKS");
            store.load(null, null);
            store.setKeyEntry(KEY_ALIAS, keys.privateKey(), password, new Certificate[] {keys.certificate()});
            store.store(out, password);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write JKS " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    // One file per app and format; the consumer key keeps apps of the same name apart across resets.
    private Path file(String extension) {
        return files.resolve(consumerKey.substring(consumerKey.length() - 12).replace('.', '_') + extension);
    }

    @Override
    public String toString() {
        return "TestApp[" + name + ", consumerKey=" + consumerKey + "]";
    }
}
