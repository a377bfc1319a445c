package dev.signet.core.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * Checked-in key fixtures made by {@code src/test/resources/keys/make-fixtures.sh} with real
 * {@code openssl} and {@code keytool}, as the Salesforce tutorials do. Shared with the other
 * modules through signet-core's test-jar: resources are read from the classpath ({@code
 * /keys/...}) and {@link #path(String)} copies them to a temporary directory, so it works from a
 * jar too.
 */
public final class TestKeys {
    /** Password of the encrypted PEM keys ({@code -passout pass:SomePassword}). */
    public static final String PASSWORD = "SomePassword";
    /** Store and key password of {@link #SERVER_P12} and {@link #SERVER_JKS}. */
    public static final String STORE_PASSWORD = "changeit";
    /** The key entry alias in {@link #SERVER_P12} and {@link #SERVER_JKS}. */
    public static final String ALIAS = "signet";
    /** Subject of {@link #SERVER_CRT}. */
    public static final String SERVER_SUBJECT = "CN=signet-test";
    /** {@code openssl x509 -in server.crt -noout -fingerprint -sha256}. */
    public static final String SERVER_CRT_SHA256 =
            "90:43:64:69:B0:4A:97:A8:2C:8B:D9:D7:0E:59:75:49:43:DE:49:8D:30:DB:54:71:2C:BA:D7:8D:2C:F1:D7:7A";

    /** {@code openssl genrsa -des3}: in OpenSSL 3 encrypted PKCS#8 (PBES2, DES-EDE3-CBC). */
    public static final String SERVER_PASS_KEY = "server.pass.key";
    /** Classic encrypted PEM: {@code Proc-Type: 4,ENCRYPTED}, {@code DEK-Info: DES-EDE3-CBC}. */
    public static final String SERVER_PASS_TRADITIONAL_KEY = "server.pass.traditional.key";
    /** Unencrypted PKCS#8 PEM ({@code BEGIN PRIVATE KEY}). */
    public static final String SERVER_KEY = "server.key";
    /** Unencrypted PKCS#1 PEM ({@code BEGIN RSA PRIVATE KEY}). */
    public static final String SERVER_PKCS1_KEY = "server.pkcs1.key";
    /** Encrypted PKCS#8 PEM with AES-256-CBC ({@code BEGIN ENCRYPTED PRIVATE KEY}). */
    public static final String SERVER_PKCS8_ENC_KEY = "server.pkcs8.enc.key";
    public static final String SERVER_CSR = "server.csr";
    /** Self-signed certificate of the server key, PEM. */
    public static final String SERVER_CRT = "server.crt";
    /** {@link #SERVER_CRT} as DER. */
    public static final String SERVER_DER = "server.der";
    /** PKCS#12 with the server key and certificate, alias {@code signet}, password {@code changeit}. */
    public static final String SERVER_P12 = "server.p12";
    /** JKS made by keytool from {@link #SERVER_P12}. */
    public static final String SERVER_JKS = "server.jks";
    /** An unrelated key (PKCS#8 PEM) and its certificate, for "wrong key" tests. */
    public static final String OTHER_KEY = "other.key";
    public static final String OTHER_CRT = "other.crt";

    private static Path tempDir;

    private TestKeys() {}

    /** A fresh copy of {@link #PASSWORD}. */
    public static char[] password() {
        return PASSWORD.toCharArray();
    }

    /** A fresh copy of {@link #STORE_PASSWORD}. */
    public static char[] storePassword() {
        return STORE_PASSWORD.toCharArray();
    }

    /** The fixture as a file (copied once per JVM from the classpath to a temporary directory). */
    public static synchronized Path path(String name) {
        try {
            if (tempDir == null) {
                tempDir = Files.createTempDirectory("signet-test-keys");
                tempDir.toFile().deleteOnExit();
            }
            Path file = tempDir.resolve(name);
            if (!Files.exists(file)) {
                copy(name, file);
                file.toFile().deleteOnExit();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies fixtures into {@code dir} (for tests that want them beside other files). */
    public static Path copyToTempDir(Path dir, String... names) {
        Objects.requireNonNull(dir, "dir must not be null");
        for (String name : names) {
            copy(name, dir.resolve(name));
        }
        return dir;
    }

    /** The fixture's bytes. */
    public static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as text (PEM files). */
    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.US_ASCII);
    }

    /** The RSA key of {@link #SERVER_CRT}. */
    public static PrivateKey serverKey() {
        return KeyLoader.parsePrivateKeyPem(text(SERVER_KEY), null);
    }

    public static X509Certificate serverCertificate() {
        return CertificateLoader.parse(bytes(SERVER_CRT));
    }

    /** A key that does not belong to {@link #serverCertificate()}. */
    public static PrivateKey otherKey() {
        return KeyLoader.parsePrivateKeyPem(text(OTHER_KEY), null);
    }

    public static X509Certificate otherCertificate() {
        return CertificateLoader.parse(bytes(OTHER_CRT));
    }

    private static void copy(String name, Path target) {
        try (InputStream in = open(name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = TestKeys.class.getResourceAsStream("/keys/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no test key fixture /keys/" + name);
        }
        return in;
    }
}
