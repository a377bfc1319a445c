package dev.signet.client.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.keys.TestKeys;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README example works end to end against the real server, and the README shows it as it is. */
class ReadmeExampleTest {
    @Test
    void runWhenRealServerThenIdentityOfTheTokenUserAndAccounts() {
        try (TestServer server = TestServer.start()) {
            ConnectedApp app = server.createApp();
            String username = server.createUser();

            ReadmeExample.Seen seen = ReadmeExample.run(server.baseUrl(), app.consumerKey(), username,
                    TestKeys.path(TestKeys.SERVER_KEY));

            assertThat(seen.identity().get("username").asText()).isEqualTo(username);
            assertThat(seen.accounts()).isEmpty();
        }
    }

    @Test
    void readmeJavaClientSectionWhenReadThenSameLinesAsExample() throws IOException {
        String example = Files.readString(Path.of("src/test/java/dev/signet/client/examples/ReadmeExample.java"));
        String readme = Files.readString(Path.of("../README.md"));

        assertThat(firstGroup(readme, "## Java client.*?```java\\n(.*?)```"))
                .isEqualTo(firstGroup(example, "// README begin\\n(.*?)\\s*// README end").stripIndent() + "\n");
    }

    private static String firstGroup(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        assertThat(m.find()).as("%s in the text", regex).isTrue();
        return m.group(1);
    }
}
