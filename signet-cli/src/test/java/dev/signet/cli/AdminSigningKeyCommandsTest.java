package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.TestServer;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * {@code admin signing-key …} and {@code admin app create --jwt-access-tokens --introspect-all}
 * against a real server.
 */
class AdminSigningKeyCommandsTest extends AdminCommandTest {
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
