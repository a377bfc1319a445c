package dev.signet.core.keys;

import static dev.signet.core.keys.TestKeys.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateLoaderTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {SERVER_CRT, SERVER_DER})
    void loadWhenPemOrDerThenParses(String name) {
        X509Certificate certificate = CertificateLoader.load(path(name));

        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo(SERVER_SUBJECT);
        assertThat(certificate).isEqualTo(serverCertificate());
    }

    @Test
    void sha256FingerprintWhenServerCrtThenMatchesOpenssl() {
        assertThat(CertificateLoader.sha256Fingerprint(serverCertificate())).isEqualTo(SERVER_CRT_SHA256);
    }

    @Test
    void toPemWhenParsedBackThenSameCertificate() {
        String pem = CertificateLoader.toPem(serverCertificate());

        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(CertificateLoader.parse(pem.getBytes(StandardCharsets.US_ASCII))).isEqualTo(serverCertificate());
    }

    @ParameterizedTest
    @ValueSource(strings = {SERVER_KEY, SERVER_PKCS1_KEY, SERVER_PASS_KEY, SERVER_PASS_TRADITIONAL_KEY})
    void parseWhenPrivateKeyThenSaysUploadTheCertificate(String name) {
        assertThatThrownBy(() -> CertificateLoader.parse(bytes(name)))
                .isInstanceOf(KeyLoadException.class)
                .hasMessage("this is a private key; upload the certificate (server.crt)");
    }

    @Test
    void parseWhenDerPrivateKeyThenSaysUploadTheCertificate() {
        assertThatThrownBy(() -> CertificateLoader.parse(serverKey().getEncoded()))
                .isInstanceOf(KeyLoadException.class)
                .hasMessage("this is a private key; upload the certificate (server.crt)");
    }

    @Test
    void parseWhenCsrThenSaysUploadTheCertificate() {
        assertThatThrownBy(() -> CertificateLoader.parse(bytes(SERVER_CSR)))
                .isInstanceOf(KeyLoadException.class)
                .hasMessageContaining("certificate signing request (server.csr); upload the certificate");
    }

    @Test
    void loadWhenGarbageThenNamesFile() throws Exception {
        Path garbage = Files.writeString(dir.resolve("x.crt"), "not a certificate");

        assertThatThrownBy(() -> CertificateLoader.load(garbage))
                .isInstanceOf(KeyLoadException.class)
                .hasMessageStartingWith("x.crt: not a certificate");
    }

    @Test
    void rsaPublicKeyWhenEcCertificateThenRejects() throws Exception {
        var generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        var ec = generator.generateKeyPair();
        var builder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(
                new javax.security.auth.x500.X500Principal("CN=ec"), java.math.BigInteger.ONE,
                new java.util.Date(0), new java.util.Date(4_000_000_000_000L),
                new javax.security.auth.x500.X500Principal("CN=ec"), ec.getPublic());
        X509Certificate certificate = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(
                builder.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                        .build(ec.getPrivate())));

        assertThatThrownBy(() -> CertificateLoader.rsaPublicKey(certificate))
                .isInstanceOf(KeyLoadException.class)
                .hasMessageContaining("RS256 needs an RSA certificate");
        assertThat(PublicKeys.matches(ec.getPrivate(), certificate)).isTrue();
        assertThat(PublicKeys.matches(serverKey(), certificate)).isFalse();
    }

    @Test
    void rsaPublicKeyWhenRsaThenReturnsIt() {
        assertThat(CertificateLoader.rsaPublicKey(serverCertificate()).getModulus().bitLength()).isEqualTo(2048);
    }
}
