package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.signet.core.keys.CertificateLoader;
import dev.signet.core.keys.KeyLoader;
import dev.signet.core.keys.PublicKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KeygenCommandTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void keygenWhenOutDirThenWritesOwnerOnlyKeyAndCertificate() throws IOException {
        Path target = dir.resolve("keys");

        int exit = execute("keygen", "--out", target.toString(), "--cn", "acme-integration");

        assertThat(exit).isZero();
        Path key = target.resolve("server.key");
        Path crt = target.resolve("server.crt");
        assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(target.resolve("server.p12")).doesNotExist();
        PrivateKey privateKey = KeyLoader.loadPrivateKey(key, null);
        X509Certificate certificate = CertificateLoader.load(crt);
        assertThat(PublicKeys.matches(privateKey, certificate)).isTrue();
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=acme-integration");
        assertThat(certificate.getNotBefore().toInstant()).isEqualTo(NOW.minusSeconds(60));
        assertThat(certificate.getNotAfter().toInstant()).isEqualTo(NOW.plusSeconds(365L * 86400));
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        }
        assertThat(out.toString())
                .contains(key.toString(), crt.toString(), "CN=acme-integration",
                        CertificateLoader.sha256Fingerprint(certificate),
                        "valid from   2026-03-01T11:59:00Z", "valid until  2027-03-01T12:00:00Z",
                        "Next:", "./signet admin app create --name NAME --cert " + crt)
                .doesNotContain("BEGIN PRIVATE KEY")
                .doesNotContain(Base64.getEncoder().encodeToString(privateKey.getEncoded()).substring(64, 128));
    }

    @Test
    void keygenWhenP12PasswordThenWritesPkcs12WithAliasSignet() {
        int exit = execute("keygen", "--out", dir.toString(), "--p12-password", "s3cret-pw", "--days", "30");

        assertThat(exit).isZero();
        Path p12 = dir.resolve("server.p12");
        PrivateKey key = KeyLoader.loadFromKeyStore(p12, "PKCS12", "s3cret-pw".toCharArray(), "signet", null);
        assertThat(PublicKeys.matches(key, CertificateLoader.load(dir.resolve("server.crt")))).isTrue();
        assertThat(out.toString()).contains(p12.toString(), "alias signet", "2026-03-31T12:00:00Z")
                .doesNotContain("s3cret-pw");
    }

    @Test
    void keygenWhenFilesExistThenRefusesWithoutForce() throws IOException {
        Files.writeString(dir.resolve("server.key"), "precious");

        int exit = execute("keygen", "--out", dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("server.key", "already exist", "pass --force to overwrite");
        assertThat(Files.readString(dir.resolve("server.key"))).isEqualTo("precious");
        assertThat(dir.resolve("server.crt")).doesNotExist();
    }

    @Test
    void keygenWhenForceThenOverwrites() throws IOException {
        Files.writeString(dir.resolve("server.key"), "precious");
        Files.writeString(dir.resolve("server.crt"), "old");

        int exit = execute("keygen", "--out", dir.toString(), "--force");

        assertThat(exit).isZero();
        assertThat(PublicKeys.matches(KeyLoader.loadPrivateKey(dir.resolve("server.key"), null),
                CertificateLoader.load(dir.resolve("server.crt")))).isTrue();
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("server.key"))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void keygenWhenBitsBelow2048ThenRejects() {
        int exit = execute("keygen", "--out", dir.toString(), "--bits", "1024");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--bits must be at least 2048");
        assertThat(dir.resolve("server.key")).doesNotExist();
    }

    @Test
    void keygenWhenOutIsAFileThenSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

        int exit = execute("keygen", "--out", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("--out takes a directory");
    }

    @Test
    void keygenWhenHelpThenMentionsOpensslAndKeytool() {
        int exit = execute("keygen", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Replaces the openssl", "keytool", "--p12-password", "--force");
    }

    @Test
    void keygenWhenOpensslInstalledThenItReadsTheCertificate() throws Exception {
        assumeTrue(execute("keygen", "--out", dir.toString()) == 0);
        Process process;
        try {
            process = new ProcessBuilder("openssl", "x509", "-in", dir.resolve("server.crt").toString(), "-noout", "-text")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "openssl not installed");
            return;
        }
        String text = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor()).isZero();
        assertThat(text).contains("Subject: CN = signet", "Public-Key: (2048 bit)");
    }

    @Test
    void keygenWhenTlsThenDevelopmentCertificateForLocalhostAndHowToServeIt() throws Exception {
        int exit = execute("keygen", "--out", dir.toString(), "--tls", "--host", "localhost");

        assertThat(exit).as(err.toString()).isZero();
        X509Certificate certificate = CertificateLoader.load(dir.resolve("tls.crt"));
        assertThat(PublicKeys.matches(KeyLoader.loadPrivateKey(dir.resolve("tls.key"), null), certificate)).isTrue();
        assertThat(certificate.getSubjectAlternativeNames().stream()
                .map(name -> String.valueOf(name.get(1))).toList())
                .containsExactly("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(dir.resolve("server.key")).doesNotExist();
        assertThat(out.toString()).contains("./signet server --tls-cert " + dir.resolve("tls.crt") + " --tls-key "
                + dir.resolve("tls.key"), "curl --cacert " + dir.resolve("tls.crt"));
    }

    @Test
    void keygenWhenHostWithoutTlsThenUsageError() {
        assertThat(execute("keygen", "--out", dir.toString(), "--host", "localhost")).isEqualTo(2);
        assertThat(err.toString()).contains("--host goes with --tls");
    }

    private int execute(String... args) {
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        KeygenCommand keygen = cli.getSubcommands().get("keygen").getCommand();
        keygen.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return cli.execute(args);
    }
}
