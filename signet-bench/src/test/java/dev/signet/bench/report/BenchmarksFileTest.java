package dev.signet.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarksFileTest {
    private static final String DOC = "# Benchmarks\n\nIntro.\n\n## Server\n\nold server numbers\n\n### Goals\n\nold\n\n"
            + "## Client\n\nclient numbers\n";

    @Test
    void replaceSectionWhenPresentThenOnlyThatSectionChanges() {
        String out = BenchmarksFile.replaceSection(DOC, "## Server", "## Server\n\nnew numbers\n");

        assertThat(out).isEqualTo("# Benchmarks\n\nIntro.\n\n## Server\n\nnew numbers\n\n## Client\n\nclient numbers\n");
    }

    @Test
    void replaceSectionWhenLastSectionThenReplacedToTheEnd() {
        String doc = "# B\n\n## Client\n\nc\n\n## Server\n\nold\n";

        assertThat(BenchmarksFile.replaceSection(doc, "## Server", "## Server\n\nnew"))
                .isEqualTo("# B\n\n## Client\n\nc\n\n## Server\n\nnew\n");
    }

    @Test
    void replaceSectionWhenAbsentThenAppended() {
        String doc = "# B\n\n## Client\n\nc\n";

        assertThat(BenchmarksFile.replaceSection(doc, "## Server", "## Server\n\nnew\n"))
                .isEqualTo("# B\n\n## Client\n\nc\n\n## Server\n\nnew\n");
        assertThat(BenchmarksFile.replaceSection("# B\n\n## Server side\n", "## Server", "## Server\n"))
                .endsWith("## Server side\n\n## Server\n");
    }

    @Test
    void writeSectionWhenFileMissingThenCreatedWithIntro(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("BENCHMARKS.md");

        BenchmarksFile.writeSection(file, "## Server", "## Server\n\nnumbers\n");

        assertThat(Files.readString(file)).startsWith("# Benchmarks\n\n").endsWith("## Server\n\nnumbers\n");
    }
}
