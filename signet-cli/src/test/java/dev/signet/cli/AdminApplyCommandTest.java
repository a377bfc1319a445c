package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.keys.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code admin apply -f FILE [--dry-run]} and {@code admin export} against a real server. */
class AdminApplyCommandTest extends AdminCommandTest {
    @TempDir
    Path dir;

    @Test
    void applyWhenDryRunThenPlanOnlyThenAppliedThenExportRoundTrips() throws Exception {
        String app = "Org App " + UUID.randomUUID();
        Files.copy(TestKeys.path(TestKeys.SERVER_CRT), dir.resolve("server.crt"));
        Path file = Files.writeString(dir.resolve("org.yaml"), "profiles: [Integration]\napps:\n  - name: " + app
                + "\n    certificate: server.crt\n    profiles: [Integration]\n");

        assertThat(admin("apply", "-f", file.toString(), "--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("create\\s+app\\s+" + app);
        assertThat(err.toString()).contains("Dry run");
        assertThat(admin("app", "show", "--app", app)).isEqualTo(1);

        assertThat(admin("apply", "-f", file.toString())).as(err.toString()).isZero();
        assertThat(admin("app", "show", "--app", app)).isZero();

        assertThat(admin("export")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("name: " + app).contains("-----BEGIN CERTIFICATE-----");
        Path exported = Files.writeString(dir.resolve("exported.yaml"), out.toString());
        assertThat(admin("apply", "-f", exported.toString(), "--dry-run")).as(err.toString()).isZero();
        assertThat(out.toString().lines()).isNotEmpty().allMatch(l -> l.startsWith("unchanged"));
    }

    @Test
    void applyWhenFileHasAProblemThenItsLineAndColumnAndNothingSent() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "profiles: [A]\nusers:\n  - username: x@y.test\n"
                + "    profile: B\n");

        assertThat(admin("apply", "-f", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(file + ":4:14: profile 'B' of user 'x@y.test' is not declared");
    }
}
