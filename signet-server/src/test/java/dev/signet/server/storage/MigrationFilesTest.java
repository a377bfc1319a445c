package dev.signet.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFilesTest {
    @TempDir
    Path data;

    @Test
    void indexWhenReadThenNamesEveryMigrationFileInOrder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", MigrationFiles.DIRECTORY))) {
            assertThat(MigrationFiles.read())
                    .as("every file in %s is named in %s", MigrationFiles.DIRECTORY, MigrationFiles.INDEX)
                    .containsExactlyElementsOf(files.map(p -> p.getFileName().toString())
                            .sorted((a, b) -> Integer.compare(version(a), version(b))).toList());
        }
    }

    @Test
    void openWhenDatabaseNewThenMigratedToTheLastListedVersion() {
        String last = MigrationFiles.read().get(MigrationFiles.read().size() - 1);

        try (Database database = Database.embedded(data, Duration.ZERO)) {
            assertThat(database.schemaVersion()).isEqualTo(String.valueOf(version(last)));
        }
    }

    private static int version(String name) {
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
