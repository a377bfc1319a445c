package dev.signet.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one test that generates keys (everything else uses the checked-in {@link TestKeys}). */
class SelfSignedKeyPairTest {
    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    private static SelfSignedKeyPair generated;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        generated = SelfSignedKeyPair.generate("signet-gen", 30, 2048, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void generateThenSelfSignedRsaCertificateWithValidity() throws Exception {
        var certificate = generated.certificate();

        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=signet-gen");
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(certificate.getNotBefore().toInstant()).isEqualTo(NOW.minusSeconds(60));
        assertThat(certificate.getNotAfter().toInstant()).isEqualTo(NOW.plusSeconds(30L * 24 * 3600));
        assertThat(certificate.getSerialNumber().signum()).isPositive();
        assertThat(((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
        certificate.verify(certificate.getPublicKey());
        assertThat(PublicKeys.matches(generated.keyPair().getPrivate(), certificate)).isTrue();
    }

    @Test
    void generateTlsThenHostsInSubjectAlternativeNamesForServerAuthentication() throws Exception {
        SelfSignedKeyPair tls = SelfSignedKeyPair.generateTls(List.of("localhost", "127.0.0.1", "::1"), 30, 2048,
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(tls.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
        assertThat(tls.certificate().getSubjectAlternativeNames().stream()
                .map(name -> String.valueOf(name.get(1))).toList())
                .containsExactly("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(tls.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(tls.certificate().getBasicConstraints()).isEqualTo(-1);
        tls.certificate().verify(tls.keyPair().getPublic());
        assertThatThrownBy(() -> SelfSignedKeyPair.generateTls(List.of(), 30, 2048, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringWhenPrintedThenNoPrivateKey() {
        String encoded = Base64.getEncoder().encodeToString(generated.keyPair().getPrivate().getEncoded());

        assertThat(generated.toString())
                .contains("CN=signet-gen", CertificateLoader.sha256Fingerprint(generated.certificate()))
                .doesNotContain(encoded.substring(100, 140));
    }

    @Test
    void generateWhenWeakOrInvalidThenRejects() {
        Clock clock = Clock.systemUTC();

        assertThatThrownBy(() -> SelfSignedKeyPair.generate("x", 30, 1024, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2048");
        assertThatThrownBy(() -> SelfSignedKeyPair.generate("x", 0, 2048, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
        assertThatThrownBy(() -> SelfSignedKeyPair.generate(" ", 30, 2048, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commonName");
    }

    @Test
    void writeThenKeyLoaderReadsPemAndPkcs12Back() throws IOException {
        Path key = dir.resolve("server.key");
        Path crt = dir.resolve("server.crt");
        Path p12 = dir.resolve("server.p12");
        writeAll(key, crt, p12);

        assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(KeyLoader.loadPrivateKey(key, null)).isEqualTo(generated.keyPair().getPrivate());
        assertThat(CertificateLoader.load(crt)).isEqualTo(generated.certificate());
        assertThat(KeyLoader.loadPrivateKey(p12, "pw".toCharArray())).isEqualTo(generated.keyPair().getPrivate());
        assertThat(KeyLoader.loadFromKeyStore(p12, "PKCS12", "pw".toCharArray(), "signet", null))
                .isEqualTo(generated.keyPair().getPrivate());
    }

    @Test
    void writePrivateKeyPemThenOwnerOnly() throws IOException {
        Path key = dir.resolve("server.key");
        Files.writeString(key, "old content, world readable");
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        KeyFiles.writePrivateKeyPem(key, generated.keyPair().getPrivate());
        KeyFiles.writePkcs12(dir.resolve("a.p12"), generated.keyPair().getPrivate(), generated.certificate(),
                "signet", "pw".toCharArray());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a.p12"))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(key)).doesNotContain("old content");
    }

    @Test
    void writtenFilesWhenReadByOpensslAndKeytoolThenAccepted() throws Exception {
        Path key = dir.resolve("server.key");
        Path crt = dir.resolve("server.crt");
        Path p12 = dir.resolve("server.p12");
        writeAll(key, crt, p12);
        assumeTrue(run(List.of("openssl", "version")) != null, "openssl not installed");

        assertThat(run(List.of("openssl", "x509", "-in", crt.toString(), "-noout", "-text")))
                .contains("Subject: CN = signet-gen", "sha256WithRSAEncryption");
        assertThat(run(List.of("openssl", "rsa", "-in", key.toString(), "-check", "-noout"))).contains("RSA key ok");
        assertThat(run(List.of("openssl", "pkcs12", "-in", p12.toString(), "-passin", "pass:pw", "-nokeys")))
                .contains("BEGIN CERTIFICATE");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        assertThat(run(List.of(keytool, "-list", "-keystore", p12.toString(), "-storepass", "pw")))
                .contains("signet", "PrivateKeyEntry");
    }

    /** Runs a process; its output, or null if it could not start or failed. */
    private static String run(List<String> command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean done = process.waitFor(30, TimeUnit.SECONDS);
            return done && process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        }
    }

    // The generated key and certificate as PEM files and a PKCS#12 store (alias signet, password pw).
    private void writeAll(Path key, Path crt, Path p12) throws IOException {
        KeyFiles.writePrivateKeyPem(key, generated.keyPair().getPrivate());
        KeyFiles.writeCertificatePem(crt, generated.certificate());
        KeyFiles.writePkcs12(p12, generated.keyPair().getPrivate(), generated.certificate(), "signet", "pw".toCharArray());
    }
}
