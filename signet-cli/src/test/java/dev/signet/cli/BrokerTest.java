package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.cli.broker.BrokerConfig;
import dev.signet.cli.broker.TokenBroker;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The token broker in front of the real server: who may ask, for whom, and that tokens are cached. */
class BrokerTest {
    private static final String BILLING_KEY = "billing-secret-key";
    private static final String REPORTS_KEY = "reports-secret-key";
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();
    @TempDir
    static Path dir;
    private static Path config;
    private static TokenBroker broker;
    /** Allowed subjects, one per test that counts logins (the broker's cache outlives a test). */
    private static String working;
    private static String cached;
    private static String rejected;
    private static String unasked;

    @TempDir
    Path testDir;

    @BeforeAll
    static void start() throws Exception {
        working = server.createUser();
        cached = server.createUser();
        rejected = server.createUser();
        unasked = server.createUser();
        Files.copy(TestKeys.path(TestKeys.SERVER_KEY), dir.resolve("server.key"));
        config = dir.resolve("broker.yaml");
        Files.writeString(config, String.join("\n",
                "# the broker of BrokerTest",
                "port: 0",
                "loginUrl: " + server.baseUrl(),
                "clientId: " + server.app().consumerKey(),
                "key: server.key",
                "callers:",
                "  - name: billing",
                "    apiKeySha256: " + sha256(BILLING_KEY),
                "  - name: reports",
                "    apiKeyEnv: REPORTS_API_KEY",
                "subjects:",
                "  - " + working,
                "  - " + cached,
                "  - " + rejected,
                "  - " + unasked,
                "  - ghost@signet.test",
                ""));
        broker = TokenBroker.start(BrokerConfig.load(config), Map.of("REPORTS_API_KEY", REPORTS_KEY)::get,
                Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> ask(String apiKey, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(broker.url() + TokenBroker.PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        return server.send(request.build());
    }

    private HttpResponse<String> askFor(String apiKey, String subject) {
        return ask(apiKey, "{\"sub\":\"" + subject + "\"}");
    }

    private long logins(String username) {
        return server.server().admin().loginHistory(10_000).stream()
                .filter(e -> username.equals(e.username()) && "Success".equals(e.status())).count();
    }

    @Test
    void brokerWhenAllowedCallerAndSubjectThenWorkingTokenNoStore() {
        HttpResponse<String> response = askFor(BILLING_KEY, working);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode token = TestServer.json(response);
        HttpResponse<String> identity = server.get(token.get("id").asText(), token.get("access_token").asText());
        assertThat(identity.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(identity).get("username").asText()).isEqualTo(working);
    }

    @Test
    void brokerWhenAskedAgainByAnyCallerThenCachedTokenAndOneLogin() {
        String first = TestServer.json(askFor(BILLING_KEY, cached)).get("access_token").asText();
        String second = TestServer.json(askFor(REPORTS_KEY, cached.toUpperCase(java.util.Locale.ROOT)))
                .get("access_token").asText();

        assertThat(second).isEqualTo(first);
        assertThat(logins(cached)).isEqualTo(1);
    }

    @Test
    void brokerWhenCallerReportsRejectedTokenThenNewTokenMinted() {
        String first = TestServer.json(askFor(BILLING_KEY, rejected)).get("access_token").asText();

        HttpResponse<String> again = ask(BILLING_KEY, "{\"sub\":\"" + rejected + "\",\"rejected_token\":\"" + first
                + "\"}");

        assertThat(TestServer.json(again).get("access_token").asText()).isNotEqualTo(first);
        assertThat(logins(rejected)).isEqualTo(2);
    }

    @Test
    void brokerWhenUnknownOrMissingApiKeyThenUnauthorizedAndNoLogin() {
        HttpResponse<String> unknown = askFor("guessed-key", unasked);
        HttpResponse<String> missing = askFor(null, unasked);

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(TestServer.json(unknown).get("error").asText()).isEqualTo("invalid_client");
        assertThat(unknown.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Bearer"));
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(logins(unasked)).isZero();
    }

    @Test
    void brokerWhenApiKeyHashOfAnotherCallerUsedAsKeyThenUnauthorized() throws Exception {
        assertThat(askFor(sha256(BILLING_KEY), working).statusCode()).isEqualTo(401);
    }

    @Test
    void brokerWhenSubjectNotOnAllowListThenForbiddenAndNoLogin() {
        String other = server.createUser();

        HttpResponse<String> response = askFor(BILLING_KEY, other);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestServer.json(response).get("error").asText()).isEqualTo("access_denied");
        assertThat(logins(other)).isZero();
    }

    @Test
    void brokerWhenAllowedSubjectRefusedUpstreamThenBadGatewayWithHint() {
        HttpResponse<String> response = askFor(BILLING_KEY, "ghost@signet.test");

        assertThat(response.statusCode()).isEqualTo(502);
        JsonNode error = TestServer.json(response);
        assertThat(error.get("error").asText()).isEqualTo("invalid_grant");
        assertThat(error.get("error_description").asText()).isEqualTo("user hasn't approved this consumer");
        assertThat(error.get("hint").asText()).contains("ghost@signet.test doesn't exist");
    }

    @Test
    void brokerWhenBodyNotJsonWithSubThenBadRequest() {
        assertThat(ask(BILLING_KEY, "sub=" + working).statusCode()).isEqualTo(400);
        assertThat(ask(BILLING_KEY, "{\"subject\":\"" + working + "\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void brokerWhenGetThenMethodNotAllowed() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(broker.url() + TokenBroker.PATH))
                .header("Authorization", "Bearer " + BILLING_KEY).GET().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void loadWhenUnknownKeyThenNamesIt() throws Exception {
        Path typo = testDir.resolve("typo.yaml");
        Files.writeString(typo, Files.readString(config).replace("loginUrl:", "loginurl:"));

        assertThatThrownBy(() -> BrokerConfig.load(typo)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown key 'loginurl'");
    }

    @Test
    void loadWhenCallerWithoutKeyThenSaysWhatToGive() throws Exception {
        Path incomplete = testDir.resolve("incomplete.yaml");
        Files.writeString(incomplete, Files.readString(config).replace("    apiKeyEnv: REPORTS_API_KEY\n", ""));

        assertThatThrownBy(() -> BrokerConfig.load(incomplete)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("caller 'reports': give exactly one of apiKeySha256 and apiKeyEnv");
    }

    @Test
    void loadWhenJsonConfigThenAccepted() throws Exception {
        Path json = testDir.resolve("broker.json");
        Files.writeString(json, "{\"loginUrl\":\"" + server.baseUrl() + "\",\"clientId\":\"k\",\"keyEnv\":\"PEM\","
                + "\"callers\":[{\"name\":\"a\",\"apiKeyEnv\":\"A\"}],\"subjects\":[\"u@x.test\"]}");

        BrokerConfig loaded = BrokerConfig.load(json);

        assertThat(loaded.keyEnv()).isEqualTo("PEM");
        assertThat(loaded.host()).isEqualTo("127.0.0.1");
        assertThat(loaded.toString()).doesNotContain("apiKey");
    }

    @Test
    void brokerCommandWhenConfigMissingThenErrorNamesFile() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BrokerCommand(Map.<String, String>of()::get));
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("--config", testDir.resolve("absent.yaml").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("error: config file not found: ");
    }

    @Test
    void brokerCommandWhenPortGivenThenOverridesConfig() {
        BrokerCommand command = new BrokerCommand(Map.of("REPORTS_API_KEY", REPORTS_KEY)::get);
        new CommandLine(command).parseArgs("--config", config.toString(), "--port", "0");

        try (TokenBroker started = command.start()) {
            assertThat(started.url()).startsWith("http://127.0.0.1:");
        }
    }
}
