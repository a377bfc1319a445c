package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.oauth.TokenResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TokenCommandTest {
    private static final TokenResponse TOKEN = new TokenResponse("00Dxx0000001gPL!AR8AQsecretpart", "api web",
            "https://acme.my.salesforce.com", "https://login.salesforce.com/id/00Dxx0000001gPLEAY/005xx000001SwiUAAS",
            "Bearer", null, null);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, String... args) {
        CommandLine cli = new CommandLine(new TokenCommand(env::get));
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void helpWhenAskedThenListsOptionsAndEnvironment() {
        int exit = run(Map.of(), "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--login-url=URL", "--client-id=KEY", "--username=USERNAME",
                "--key=FILE", "--key-env=VAR", "--key-password", "--audience=AUD", "--json", "--show-token",
                "SIGNET_KEY_PASSWORD");
    }

    @Test
    void callWhenClientIdMissingThenUsageErrorNamingIt() {
        int exit = run(Map.of(), "--login-url", "https://login.salesforce.com", "--username", "u@acme.com",
                "--key", "server.key");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--client-id=KEY'");
    }

    @Test
    void callWhenKeyAndKeyEnvBothGivenThenUsageError() {
        int exit = run(Map.of(), "--login-url", "https://login.salesforce.com", "--client-id", "KEY",
                "--username", "u@acme.com", "--key", "server.key", "--key-env", "PEM");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");
    }

    @Test
    void callWhenKeyEnvUnsetThenClearError() {
        int exit = run(Map.of(), "--login-url", "https://login.salesforce.com", "--client-id", "KEY",
                "--username", "u@acme.com", "--key-env", "SIGNET_TEST_PEM");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("error: environment variable SIGNET_TEST_PEM is not set or empty");
    }

    @Test
    void callWhenServerUnreachableThenErrorAndHintLines() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generator.generateKeyPair()
                        .getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        int exit = run(Map.of("PEM", pem), "--login-url", "http://127.0.0.1:" + port, "--client-id", "KEY",
                "--username", "u@acme.com", "--key-env", "PEM");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .contains("error: transport_error: cannot reach http://127.0.0.1:" + port + "/services/oauth2/token")
                .contains("hint: ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void summaryWhenDefaultThenTokenRedactedToOrgId() {
        String summary = TokenCommand.summary(TOKEN, false);

        assertThat(summary).contains("instance_url  https://acme.my.salesforce.com", "scope         api web",
                "token_type    Bearer", "00Dxx0000001gPL!… (use --show-token to print it)");
        assertThat(summary).doesNotContain("secretpart");
    }

    @Test
    void summaryWhenShowTokenThenFullToken() {
        assertThat(TokenCommand.summary(TOKEN, true)).contains("access_token  00Dxx0000001gPL!AR8AQsecretpart");
    }

    @Test
    void toJsonWhenDefaultThenRedactedAndWhenShowTokenThenFull() {
        assertThat(TokenCommand.toJson(TOKEN, false)).contains("\"instance_url\"").doesNotContain("secretpart");
        assertThat(TokenCommand.toJson(TOKEN, true)).contains("\"access_token\" : \"00Dxx0000001gPL!AR8AQsecretpart\"");
    }

    @Test
    void redactWhenNotSalesforceShapedThenNothingShown() {
        assertThat(TokenCommand.redact("eyJhbGciOiJSUzI1NiJ9.payload.sig")).isEqualTo("<redacted>");
    }
}
