package dev.signet.client.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import org.junit.jupiter.api.Test;

/** The README example works end to end against the real server. */
class ReadmeExampleTest {
    @Test
    void identityWhenRealServerThenUserOfTheToken() {
        try (TestServer server = TestServer.start()) {
            ConnectedApp app = server.createApp();
            String username = server.createUser();

            JsonNode me = ReadmeExample.identity(server.baseUrl(), app.consumerKey(), username,
                    TestKeys.path(TestKeys.SERVER_KEY));

            assertThat(me.get("username").asText()).isEqualTo(username);
        }
    }
}
