package dev.signet.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.signet.core.keys.KeyFiles;
import dev.signet.core.keys.SelfSignedKeyPair;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.ServerFixture;
import dev.signet.server.TestServer;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.model.ConnectedApp;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS with a development certificate ({@code keygen --tls}'s): the JDK client and curl trusting it
 * get tokens and HSTS; PEM and PKCS#12 files; the plain redirect port; {@code --require-https}.
 */
class HttpsTest {
    @TempDir
    static Path dir;
    private static SelfSignedKeyPair pair;
    private static HttpClient trusting;

    @BeforeAll
    static void certificate() throws Exception {
        pair = SelfSignedKeyPair.generateTls(List.of("localhost", "127.0.0.1"), 1, 2048, Clock.systemUTC());
        KeyFiles.writePrivateKeyPem(dir.resolve("tls.key"), pair.keyPair().getPrivate());
        KeyFiles.writeCertificatePem(dir.resolve("tls.crt"), pair.certificate());
        KeyFiles.writePkcs12(dir.resolve("tls.p12"), pair.keyPair().getPrivate(), pair.certificate(), "signet",
                "p12-pass".toCharArray());
        trusting = HttpClient.newBuilder().sslContext(trusting(pair.certificate()))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void tokenWhenPemCertificateThenIssuedOverHttpsWithHsts() throws Exception {
        try (TestServer server = TestServer.start(HttpsTest::pem)) {
            ConnectedApp app = server.createApp();
            String form = ServerFixture.JWT_BEARER_GRANT + "&assertion="
                    + server.assertion(app, server.createUser()).build().sign(TestKeys.serverKey());

            HttpResponse<String> token = trusting.send(HttpRequest.newBuilder(server.uri("/services/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(server.baseUrl()).startsWith("https://127.0.0.1:");
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            assertThat(TestServer.json(token).get("instance_url").asText()).isEqualTo(server.baseUrl());
            assertThat(token.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
            assertThat(token.sslSession().orElseThrow().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
        }
    }

    @Test
    void curlWhenGivenTheCertificateAsCaThenTrustsTheServer() throws Exception {
        try (TestServer server = TestServer.start(HttpsTest::pem)) {
            String url = "https://localhost:" + server.server().port() + "/health/ready";
            Optional<String> body = curl("--cacert", dir.resolve("tls.crt").toString(), url);
            assumeThat(body).as("curl on the PATH").isPresent();
            assertThat(body.get()).startsWith("200 ").contains("\"status\":\"UP\"");
            assertThat(curl(url).orElseThrow()).as("without the CA").startsWith("000 ");
        }
    }

    @Test
    void serverWhenPkcs12FileThenServesWithItsKey() throws Exception {
        try (TestServer server = TestServer.start(c -> c.tlsCert(dir.resolve("tls.p12")).tlsKeyPassword("p12-pass"))) {
            HttpResponse<String> ready = trusting.send(HttpRequest.newBuilder(server.uri("/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(ready.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void startWhenWrongPkcs12PasswordThenFailsNamingTheHttpsKey() {
        assertThatThrownBy(() -> TestServer.start(c -> c.tlsCert(dir.resolve("tls.p12")).tlsKeyPassword("Xyzzy-not-it")))
                .hasMessageContaining("HTTPS key").hasMessageContaining("wrong password")
                .hasMessageNotContaining("Xyzzy");
    }

    @Test
    void plainRequestWhenRedirectPortThenPermanentRedirectToHttps() throws Exception {
        int redirectPort;
        try (ServerSocket free = new ServerSocket(0)) {
            redirectPort = free.getLocalPort();
        }
        try (TestServer server = TestServer.start(c -> pem(c).redirectPort(redirectPort))) {
            HttpResponse<String> plain = trusting.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + redirectPort + "/services/oauth2/token?a=b"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(plain.statusCode()).isEqualTo(308);
            assertThat(plain.headers().firstValue("Location"))
                    .hasValue(server.baseUrl() + "/services/oauth2/token?a=b");
        }
    }

    @Test
    void plainOAuthRequestWhenRequireHttpsThenRefusedFromOtherHostsOnly() throws Exception {
        Optional<InetAddress> lan = nonLoopbackAddress();
        assumeThat(lan).as("a non-loopback address on this machine").isPresent();
        try (TestServer server = TestServer.start(c -> c.host("0.0.0.0").requireHttps(true))) {
            URI remote = URI.create("http://" + lan.get().getHostAddress() + ":" + server.server().port()
                    + "/services/oauth2/token");
            HttpResponse<String> fromLan = server.send(HttpRequest.newBuilder(remote)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password")).build());
            HttpResponse<String> viaProxy = server.send(HttpRequest.newBuilder(remote)
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-Proto", "https")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password")).build());
            HttpResponse<String> local = server.postForm("/services/oauth2/token", "grant_type=password");

            assertThat(fromLan.statusCode()).isEqualTo(400);
            assertThat(TestServer.json(fromLan).get("error").asText()).isEqualTo("invalid_request");
            assertThat(TestServer.json(fromLan).get("error_description").asText()).isEqualTo("HTTPS required");
            assertThat(TestServer.json(viaProxy).get("error").asText()).isEqualTo("unsupported_grant_type");
            assertThat(TestServer.json(local).get("error").asText()).isEqualTo("unsupported_grant_type");
        }
    }

    @Test
    void certificateFilesWhenReplacedThenNewConnectionsGetTheNewCertificate() throws Exception {
        Path files = Files.createDirectories(dir.resolve("rotating"));
        Files.copy(dir.resolve("tls.crt"), files.resolve("tls.crt"));
        Files.copy(dir.resolve("tls.key"), files.resolve("tls.key"));
        SelfSignedKeyPair next = SelfSignedKeyPair.generateTls(List.of("localhost"), 1, 2048, Clock.systemUTC());
        try (TestServer server = TestServer.start(c -> c.tlsCert(files.resolve("tls.crt"))
                .tlsKey(files.resolve("tls.key")))) {
            SSLContext trustsBoth = trusting(pair.certificate(), next.certificate());
            assertThat(servedCertificate(trustsBoth, server.server().port())).isEqualTo(pair.certificate());

            KeyFiles.writePrivateKeyPem(files.resolve("tls.key.new"), next.keyPair().getPrivate());
            KeyFiles.writeCertificatePem(files.resolve("tls.crt.new"), next.certificate());
            Files.move(files.resolve("tls.key.new"), files.resolve("tls.key"), StandardCopyOption.REPLACE_EXISTING);
            Files.move(files.resolve("tls.crt.new"), files.resolve("tls.crt"), StandardCopyOption.REPLACE_EXISTING);

            X509Certificate served = servedCertificate(trustsBoth, server.server().port());
            while (served.equals(pair.certificate())) { // until the reloader's next look
                served = servedCertificate(trustsBoth, server.server().port());
            }
            assertThat(served).isEqualTo(next.certificate());
        }
    }

    @Test
    void startWhenKeyIsNotTheCertificatesThenFailsSayingSo() throws Exception {
        SelfSignedKeyPair other = SelfSignedKeyPair.generateTls(List.of("localhost"), 1, 2048, Clock.systemUTC());
        KeyFiles.writePrivateKeyPem(dir.resolve("other.key"), other.keyPair().getPrivate());

        assertThatThrownBy(() -> TestServer.start(c -> c.tlsCert(dir.resolve("tls.crt"))
                .tlsKey(dir.resolve("other.key"))))
                .hasMessageContaining("is not the key of the certificate");
    }

    private static SSLContext trusting(X509Certificate... certificates) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (int i = 0; i < certificates.length; i++) {
            trust.setCertificateEntry("ca-" + i, certificates[i]);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }

    // A new connection each time: an open one keeps the certificate it started with.
    private static X509Certificate servedCertificate(SSLContext ssl, int port) throws IOException {
        try (SSLSocket socket = (SSLSocket) ssl.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    private static ServerConfig.Builder pem(ServerConfig.Builder config) {
        return config.tlsCert(dir.resolve("tls.crt")).tlsKey(dir.resolve("tls.key"));
    }

    // "CODE BODY" (000 when there was no answer), or empty when curl is not installed.
    private static Optional<String> curl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "-s", "-w", "\n%{http_code}"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return Optional.empty();
        }
        try (InputStream out = process.getInputStream()) {
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            int lastLine = text.lastIndexOf('\n');
            return Optional.of(text.substring(lastLine + 1) + " " + text.substring(0, Math.max(0, lastLine)));
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
    }
}
