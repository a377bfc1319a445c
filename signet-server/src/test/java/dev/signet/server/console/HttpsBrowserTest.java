package dev.signet.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.keys.KeyFiles;
import dev.signet.core.keys.SelfSignedKeyPair;
import dev.signet.server.TestServer;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console over HTTPS in Chromium that trusts the development certificate (pinned by its
 * public key, as {@code --ignore-certificate-errors-spki-list} does; every other certificate is
 * still checked), and the plain redirect port sends the browser there.
 */
class HttpsBrowserTest {
    @TempDir
    Path dir;

    @Test
    void consoleWhenOpenedOverTheRedirectPortThenServedOverHttpsWithTheDevelopmentCertificate() throws Exception {
        SelfSignedKeyPair tls = SelfSignedKeyPair.generateTls(List.of("localhost", "127.0.0.1"), 1, 2048,
                Clock.systemUTC());
        KeyFiles.writeCertificatePem(dir.resolve("tls.crt"), tls.certificate());
        KeyFiles.writePrivateKeyPem(dir.resolve("tls.key"), tls.keyPair().getPrivate());
        int redirectPort;
        try (ServerSocket free = new ServerSocket(0)) {
            redirectPort = free.getLocalPort();
        }
        String spki = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(tls.certificate().getPublicKey().getEncoded()));
        try (TestServer server = TestServer.start(c -> c.tlsCert(dir.resolve("tls.crt")).tlsKey(dir.resolve("tls.key"))
                .redirectPort(redirectPort));
                ChromeBrowser browser = ChromeBrowser.start("--ignore-certificate-errors-spki-list=" + spki)) {
            browser.open("http://127.0.0.1:" + redirectPort + "/console");

            browser.waitForUrl(server.baseUrl() + "/console/setup");
            assertThat(browser.url()).startsWith("https://127.0.0.1:");
            assertThat(browser.find("#adminSecret")).isNotNull();
        }
    }
}
