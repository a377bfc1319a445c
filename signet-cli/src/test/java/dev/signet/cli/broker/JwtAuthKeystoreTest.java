package dev.signet.cli.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/jwtauth} signing with a JKS entry named in the config ({@code keyAlias}, its own
 * key password, both passwords from variables), as the keystore options of the other commands.
 */
class JwtAuthKeystoreTest {
    @RegisterExtension
    static final SignetServerExtension orgB = SignetServerExtension.builder().build();
    @TempDir
    Path dir;

    @Test
    void jwtauthWhenKeyIsJksEntryWithOwnPasswordThenTokenForTheSubject() {
        BrokerFixture orgA = BrokerFixture.in(dir);
        ConnectedApp app = orgB.createApp(a -> a.toBuilder().certificate(orgA.certificate()).build());
        String user = orgB.createUser();
        orgA.writeConfig("", String.join("\n", "loginUrl: " + orgB.baseUrl(), "clientId: " + app.consumerKey(),
                "key: orga.jks", "keyAlias: '1'", "storePasswordEnv: SIGNET_STORE_PASSWORD",
                "keyPasswordEnv: SIGNET_KEY_PASSWORD", "subjects: [" + user + "]"));

        try (TokenBroker broker = orgA.start()) {
            HttpResponse<String> response = orgB.send(HttpRequest.newBuilder(URI.create(broker.url()
                    + TokenBroker.PATH)).header("Authorization", "Bearer " + BrokerFixture.BILLING_KEY)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"sub\":\"" + user + "\"}")).build());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(TestServer.json(response).get("instance_url").asText()).isEqualTo(orgB.baseUrl());
            assertThat(broker.routes()).containsExactly("POST /api/jwtauth -> tokens from " + orgB.baseUrl());
        }
    }
}
