package dev.signet.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules about the server's source text that bytecode rules cannot see: files stay small (a long
 * one does two things), and only the error writer spells Salesforce's REST error field.
 */
class SourceRulesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final int MAX_LINES = 250;

    @Test
    void serverSourcesWhenCountedThenNoneOverTheLimit() {
        List<String> tooLong = sources().filter(f -> lines(f).size() > MAX_LINES)
                .map(f -> SOURCES.relativize(f) + " (" + lines(f).size() + " lines)")
                .toList();
        assertThat(tooLong).as("server source files over %d lines", MAX_LINES).isEmpty();
    }

    @Test
    void restErrorBodiesWhenWrittenThenOnlyByErrorResponses() {
        List<String> writers = sources()
                .filter(f -> lines(f).stream().anyMatch(SourceRulesTest::spellsRestErrorField))
                .map(f -> SOURCES.relativize(f).toString())
                .toList();
        assertThat(writers).containsExactly("dev/signet/server/http/ErrorResponses.java");
    }

    private static boolean spellsRestErrorField(String line) {
        String code = line.strip();
        return !code.startsWith("*") && !code.startsWith("//") && !code.startsWith("/*")
                && code.contains("\"errorCode\"");
    }

    private static Stream<Path> sources() {
        assertThat(SOURCES).isDirectory();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
