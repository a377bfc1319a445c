package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.keys.TestKeys;
import dev.signet.server.SignetServerExtension;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code api} against the real server; logins are counted in the server's Login History. */
class ApiCommandTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    private StringWriter out;
    private StringWriter err;
    private String username;

    @TempDir
    Path cacheDir;

    @BeforeEach
    void newUser() {
        username = server.createUser();
    }

    private int api(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = new CommandLine(new ApiCommand(Map.of(ApiCommand.CACHE_DIR_ENV, cacheDir.toString())::get,
                () -> new ByteArrayInputStream("{\"from\":\"stdin\"}".getBytes()), Clock.systemUTC()));
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--login-url", server.baseUrl(), "--client-id", server.app().consumerKey(), "--username",
                username,
                "--key", TestKeys.path(TestKeys.SERVER_KEY).toString()));
        return cli.execute(all.toArray(String[]::new));
    }

    private long logins() {
        return server.server().admin().loginHistory(10_000).stream()
                .filter(e -> username.equals(e.username()) && "Success".equals(e.status())).count();
    }

    private String identityPath() {
        var admin = server.server().admin();
        return "/id/" + admin.org().id() + "/" + admin.user(username).id();
    }

    @Test
    void apiWhenGetVersionsThenBodyOnStdout() {
        int exit = api("GET", "/services/data");

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("[{\"label\":").contains("\"url\":\"/services/data/v");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void apiWhenCalledTwiceThenTokenCachedInOwnerOnlyFileAndOneLogin() throws Exception {
        assertThat(api("GET", identityPath())).isZero();
        assertThat(api("GET", identityPath())).isZero();

        assertThat(out.toString()).contains("\"username\":\"" + username + "\"");
        assertThat(logins()).isEqualTo(1);
        try (var files = Files.list(cacheDir)) {
            Path file = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void apiWhenCachedSessionRevokedThenReMintsOnceAndSucceeds() {
        assertThat(api("GET", identityPath())).isZero();
        server.server().admin().deactivate(username);
        server.server().admin().activate(username);

        int exit = api("GET", identityPath());

        assertThat(exit).isZero();
        assertThat(logins()).isEqualTo(2);
    }

    @Test
    void apiWhenNoTokenCacheThenNoFileAndALoginPerRun() throws Exception {
        api("--no-token-cache", "GET", identityPath());
        api("--no-token-cache", "GET", identityPath());

        assertThat(logins()).isEqualTo(2);
        try (var files = Files.list(cacheDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void apiWhenIncludeThenStatusAndHeadersFirst() {
        api("-i", "GET", "/services/data");

        assertThat(out.toString()).startsWith("HTTP 200\n").containsIgnoringCase("content-type: application/json");
    }

    @Test
    void apiWhenNotFoundThenExitOneAndErrorLine() {
        int exit = api("GET", "nothing-here/at-all");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("error: HTTP 404 from GET nothing-here/at-all");
    }

    @Test
    void apiWhenBodyFromStdinThenSent() {
        int exit = api("POST", "/services/data", "-d", "@-", "-H", "X-Trace: 1");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("error: HTTP 40");
    }

    @Test
    void apiWhenTokenRefusedThenErrorAndHint() {
        username = "nobody@signet.test";

        int exit = api("GET", "/services/data");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("error: invalid_grant: user hasn't approved this consumer",
                "hint: the user nobody@signet.test doesn't exist");
    }

    @Test
    void apiWhenMalformedHeaderThenUsageError() {
        int exit = api("GET", "/services/data", "-H", "no-colon");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--header must look like 'Name: value'");
    }
}
