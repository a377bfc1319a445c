package dev.signet.server.orgfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.server.SignetServer;
import dev.signet.server.config.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code signet server --org FILE}: applied at every start, idempotently; a bad file stops the start. */
class OrgFileAtStartTest {
    @TempDir
    Path dir;

    @Test
    void startWhenOrgFileGivenThenAppliedOnceHoweverOftenTheServerStarts() throws Exception {
        Path file = Files.writeString(dir.resolve("org.yaml"), OrgFileTest.orgFileIn(dir));
        for (int start = 0; start < 2; start++) {
            try (SignetServer server = SignetServer.start(config(file))) {
                assertThat(server.admin().apps()).extracting(a -> a.name()).containsExactlyInAnyOrder("Billing Sync",
                        "Field Portal");
                assertThat(server.admin().user("integration@org.test").profile()).isEqualTo("Integration");
            }
        }
    }

    @Test
    void startWhenOrgFileHasAProblemThenRefusedWithItsLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("org.yaml"), "profiles: [A]\nusers:\n  - username: x@y.test\n"
                + "    profile: B\n");

        assertThatThrownBy(() -> SignetServer.start(config(file)))
                .hasMessage(file + ":4:14: profile 'B' of user 'x@y.test' is not declared under profiles");
    }

    private ServerConfig config(Path file) {
        return ServerConfig.builder().port(0).dataDir(dir.resolve("data")).orgFile(file).build();
    }
}
