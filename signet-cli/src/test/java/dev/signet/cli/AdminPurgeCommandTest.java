package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code admin purge [--dry-run]} against a real server: a table of kinds, or the JSON. */
class AdminPurgeCommandTest extends AdminCommandTest {
    @Test
    void purgeWhenDryRunThenCountsEveryKindAndDeletesNothing() throws Exception {
        assertThat(admin("purge", "--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("WOULD DELETE").containsPattern("accessTokens\\s+\\d+")
                .containsPattern("loginHistory\\s+\\d+");
        assertThat(err.toString()).contains("dry run");

        assertThat(admin("purge", "--json")).as(err.toString()).isZero();
        JsonNode result = AdminClient.json().readTree(out.toString());
        assertThat(result.get("dryRun").asBoolean()).isFalse();
        assertThat(result.get("deleted").has("usedJti")).isTrue();
    }
}
