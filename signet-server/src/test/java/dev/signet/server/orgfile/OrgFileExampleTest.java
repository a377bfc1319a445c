package dev.signet.server.orgfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.keys.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/org.example.yaml reads as the docs say, with a certificate where the README's keygen puts it. */
class OrgFileExampleTest {
    @Test
    void exampleWhenReadBesideKeysThenDeclaresWhatTheDocsSay(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("keys"));
        Files.createDirectories(root.resolve("docs"));
        Files.copy(TestKeys.path(TestKeys.SERVER_CRT), root.resolve("keys/server.crt"));
        Path example = Files.copy(Path.of("..", "docs", "org.example.yaml"), root.resolve("docs/org.example.yaml"));

        OrgSpec spec = OrgSpecReader.read(example);

        assertThat(spec.apps()).extracting(OrgSpec.App::name).containsExactly("Billing Sync", "Field Portal");
        assertThat(spec.users()).hasSize(2);
        assertThat(spec.records()).hasSize(1);
        assertThat(OrgSpecReader.read(OrgSpecWriter.write(spec), "written", null)).isEqualTo(spec);
    }
}
