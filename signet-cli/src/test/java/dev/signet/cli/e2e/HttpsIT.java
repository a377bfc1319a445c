package dev.signet.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code signet server} over HTTPS with {@code keygen --tls}'s development certificate: the demo
 * banner's token command (which names the certificate with {@code --ca-cert}) gets a token, and
 * the same command without it fails on the unknown certificate.
 */
class HttpsIT {
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path tmp;

    static ServerProcess server;

    @RegisterExtension
    static final ServerProcess.LogOnFailure LOG_ON_FAILURE = new ServerProcess.LogOnFailure(() -> {
        List<ServerProcess> servers = new ArrayList<>();
        servers.add(server);
        return servers;
    });

    @BeforeAll
    static void startHttpsServer() {
        Processes.Result keygen = ServerProcess.signet(tmp, "keygen", "--out", "tls", "--tls", "--host", "localhost");
        assertThat(keygen.exitCode()).as("%s", keygen).isZero();
        server = ServerProcess.start(tmp.resolve("data"), "--demo", "--tls-cert", tmp.resolve("tls/tls.crt").toString(),
                "--tls-key", tmp.resolve("tls/tls.key").toString());
        server.awaitLog(DemoServerIT.BANNER_END, ServerProcess.START_TIMEOUT);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void tokenWhenCaCertIsTheDevelopmentCertificateThenIssuedOverHttps() {
        List<String> words = tokenCommand();
        assertThat(server.url()).startsWith("https://");
        assertThat(words).containsSequence("--ca-cert", tmp.resolve("tls/tls.crt").toString());

        Processes.Result result = ServerProcess.signet(tmp, words.subList(1, words.size()).toArray(String[]::new));

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.stdout()).contains("instance_url  " + server.url());
    }

    @Test
    void tokenWhenNoCaCertThenRefusesTheUnknownCertificate() {
        List<String> words = new ArrayList<>(tokenCommand());
        int at = words.indexOf("--ca-cert");
        words.subList(at, at + 2).clear();

        Processes.Result result = ServerProcess.signet(tmp, words.subList(1, words.size()).toArray(String[]::new));

        assertThat(result.exitCode()).as("%s", result).isNotZero();
        assertThat(result.stdout() + result.stderr()).doesNotContain("access_token");
    }

    @Test
    void adminWhenCaCertGivenThenServedOverHttpsAndWithoutItRefused() {
        String data = tmp.resolve("data").toString();
        String ca = tmp.resolve("tls/tls.crt").toString();

        Processes.Result trusted = ServerProcess.signet(tmp, "admin", "user", "list", "--data", data, "--ca-cert", ca);
        Processes.Result untrusted = ServerProcess.signet(tmp, "admin", "user", "list", "--data", data);

        assertThat(trusted.exitCode()).as("%s", trusted).isZero();
        assertThat(trusted.stdout()).contains("integration@demo.signet.dev");
        assertThat(untrusted.exitCode()).as("%s", untrusted).isNotZero();
        assertThat(untrusted.stderr()).contains("cannot reach the server");
    }

    private static List<String> tokenCommand() {
        String line = server.log().lines().map(String::trim).filter(l -> l.startsWith("./signet token ")).findFirst()
                .orElseThrow(() -> new AssertionError("no './signet token' line printed\n" + server.describeLog()));
        return DemoServerIT.words(line);
    }
}
