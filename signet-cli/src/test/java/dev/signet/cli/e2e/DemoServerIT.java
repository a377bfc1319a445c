package dev.signet.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code signet server --demo} on a fresh data directory: the commands its banner prints work
 * when pasted into a shell (with {@code ./signet} meaning {@code java -jar signet-cli.jar}).
 */
class DemoServerIT {
    static final String BANNER_END = "Press Ctrl-C to stop.";
    static final String DEMO_USER = "integration@demo.signet.dev";
    /** {@code TOKEN=$(COMMAND)} */
    static final Pattern TOKEN_ASSIGNMENT = Pattern.compile("^\\s*TOKEN=\\$\\((.*)\\)\\s*$");

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
    static void startDemoServer() {
        server = ServerProcess.start(tmp.resolve("demo-data"), "--demo");
        // server.json is written before the demo org is seeded and the banner printed
        server.awaitLog(BANNER_END, ServerProcess.START_TIMEOUT);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void serverWhenDemoThenPrintedTokenCommandGetsToken() {
        String line = bannerLines().stream().filter(l -> l.startsWith("./signet token ")).findFirst()
                .orElseThrow(() -> new AssertionError("no './signet token' line printed\n" + server.describeLog()));
        List<String> words = words(line);
        assertThat(words).contains("--login-url", server.url());

        Processes.Result result = runSignet(words);

        assertThat(result.exitCode()).as("exit code of\n%s", result).isZero();
        assertThat(result.stdout()).contains("instance_url  " + server.url(), "token_type    Bearer")
                .containsPattern("access_token +00D\\w{12}!…");
    }

    @Test
    void serverWhenDemoThenPrintedTokenAndCurlRecipeReadsIdentity() {
        Optional<Matcher> assignment = bannerLines().stream().map(TOKEN_ASSIGNMENT::matcher).filter(Matcher::matches)
                .findFirst();
        assertThat(assignment).as("a TOKEN=$(./signet token …) line in the banner\n%s", server.describeLog())
                .isPresent();
        List<String> curl = bannerLines().stream().filter(l -> l.startsWith("curl ")).findFirst().map(DemoServerIT::words)
                .orElseThrow(() -> new AssertionError("no curl line printed\n" + server.describeLog()));

        Processes.Result tokenRun = runSignet(words(assignment.get().group(1)));
        assertThat(tokenRun.exitCode()).as("exit code of\n%s", tokenRun).isZero();
        String token = tokenRun.stdout().trim();
        assertThat(EndToEndIT.ACCESS_TOKEN.matcher(token).matches()).as("TOKEN is an access token").isTrue();
        Http.Response identity = followCurl(curl, token);

        assertThat(identity.status()).as("%s", identity).isEqualTo(200);
        Map<String, Object> body = Json.object(identity.body());
        assertThat(Json.str(body, "username")).isEqualTo(DEMO_USER);
        assertThat(Json.str(body, "id")).startsWith(server.url() + "/id/");
    }

    /** The banner, trimmed line by line. */
    static List<String> bannerLines() {
        return server.log().lines().map(String::trim).toList();
    }

    /** {@code ./signet ARGS…} run as {@code java -jar signet-cli.jar ARGS…} in the server's working directory. */
    static Processes.Result runSignet(List<String> words) {
        assertThat(words).as("a ./signet command").isNotEmpty();
        assertThat(words.get(0)).isEqualTo("./signet");
        return ServerProcess.signet(tmp, words.subList(1, words.size()).toArray(String[]::new));
    }

    /** {@code curl [-H "NAME: VALUE"]… URL} with {@code $TOKEN} replaced, sent through {@link Http}. */
    static Http.Response followCurl(List<String> curl, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        String url = null;
        for (int i = 1; i < curl.size(); i++) {
            String word = curl.get(i).replace("$TOKEN", token);
            if (word.equals("-H") && i + 1 < curl.size()) {
                String header = curl.get(++i).replace("$TOKEN", token);
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
            } else if (!word.startsWith("-")) {
                url = word;
            }
        }
        assertThat(url).as("URL of the printed curl command").isNotNull();
        assertThat(headers).as("the printed curl command sends the token").containsKey("Authorization");
        return Http.get(url, headers);
    }

    /** Splits a printed shell command into words; double or single quotes group words with spaces. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
