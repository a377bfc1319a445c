package dev.signet.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's table and the example file stay in step with the settings table. */
class ConfigDocsTest {
    // Tests run in signet-server/; the docs are at the repository root.
    private static final Path ROOT = Path.of("..");

    @Test
    void readmeWhenReadThenHasTheGeneratedSettingsTable() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));

        assertThat(readme).as("README's Configuration table; regenerate with ConfigDocs.markdownTable()")
                .contains(ConfigDocs.markdownTable());
    }

    @Test
    void exampleFileWhenResolvedThenEveryKeyIsKnownAndValid() {
        ResolvedConfig resolved = ConfigLayers.resolve(ROOT.resolve("docs/signet.example.yaml"), name -> null,
                new Overrides());

        assertThat(resolved.origins()).isNotEmpty();
    }
}
