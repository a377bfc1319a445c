package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.TestServer;
import dev.signet.server.admin.AdminSecret;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code admin signing-key …} and {@code admin app create --jwt-access-tokens --introspect-all}
 * against a real server.
 */
class AdminSigningKeyCommandsTest {
    private static TestServer server;
    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start();
        Files.writeString(server.dataDir().resolve(AdminSecret.FILE_NAME), "test-admin-secret\n");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private int admin(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("admin"));
        all.addAll(Arrays.asList(args));
        all.addAll(List.of("--data", server.dataDir().toString()));
        return cli.execute(all.toArray(String[]::new));
    }

    @Test
    void signingKeyWhenRotatedListedAndRetiredThenKeysChangeState() {
        assertThat(admin("signing-key", "rotate")).isZero();
        String first = out.toString().trim();
        assertThat(admin("signing-key", "rotate")).isZero();
        String second = out.toString().trim();
        assertThat(second).isNotEqualTo(first);

        assertThat(admin("signing-key", "retire", "--kid", second)).isEqualTo(1);
        assertThat(err.toString()).contains("is the current key");
        assertThat(admin("signing-key", "retire", "--kid", first)).isZero();
        assertThat(err.toString()).contains("Retired");

        assertThat(admin("signing-key", "list")).isZero();
        assertThat(out.toString()).containsPattern(first + "\\s+RETIRED").containsPattern(second + "\\s+CURRENT");
    }

    @Test
    void appCreateWhenJwtAccessTokensAndIntrospectAllThenAppHasBoth() throws IOException {
        int exit = admin("app", "create", "--name", "jwt-cli-" + System.nanoTime(), "--cert",
                TestKeys.path(TestKeys.SERVER_CRT).toString(), "--profile", TestServer.PROFILE, "--jwt-access-tokens",
                "--introspect-all", "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode app = AdminClient.json().readTree(out.toString());
        assertThat(app.get("jwtAccessTokens").asBoolean()).isTrue();
        assertThat(app.get("introspectAllTokens").asBoolean()).isTrue();
    }
}
