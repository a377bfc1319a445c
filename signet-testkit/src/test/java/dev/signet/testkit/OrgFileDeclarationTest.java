package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The org from the same org file the server takes ({@code --org}), beside apps declared fluently; reset keeps both. */
class OrgFileDeclarationTest {
    static final Path ORG_FILE = write("""
            profiles: [Standard User]
            users:
              - username: from-yaml@org.test
                lastName: Yaml
                profile: Standard User
            records:
              - type: Account
                fields: {Name: Yaml Industries}
            """);

    @RegisterExtension
    static final SignetExtension signet = SignetExtension.builder().orgFile(ORG_FILE).app("kit app").build();

    @Test
    void tokenWhenUserComesFromTheOrgFileThenIssuedThroughAFluentApp(Signet server) {
        assertThat(server.token("from-yaml@org.test")).isNotBlank();
    }

    @Test
    void recordWhenDeclaredInTheOrgFileThenThereAfterEveryReset(Signet server) {
        String id = server.insert("Account", Map.of("Name", "Added by a test"));
        assertThat(server.read("Account", id)).containsEntry("Name", "Added by a test");
        server.reset();
        assertThat(server.server().jdbc().queryOne("select count(*) from sobject_record where data like ?",
                rs -> rs.getLong(1), "%Yaml Industries%").orElseThrow()).isEqualTo(1);
    }

    private static Path write(String yaml) {
        try {
            Path file = Files.createTempFile("org", ".yaml");
            file.toFile().deleteOnExit();
            return Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
