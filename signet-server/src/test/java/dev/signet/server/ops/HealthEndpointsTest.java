package dev.signet.server.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.ServerDatabase;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code /health/live} and {@code /health/ready} on a real server: ready while everything works,
 * and DOWN from the first moment of a stop while the server still serves.
 */
class HealthEndpointsTest {
    @Test
    void readyWhenServingThenUpWithEveryCheck() {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> ready = server.get("/health/ready", null);

            assertThat(ready.statusCode()).isEqualTo(200);
            JsonNode body = TestServer.json(ready);
            assertThat(body.get("status").asText()).isEqualTo("UP");
            assertThat(body.get("checks").fieldNames()).toIterable()
                    .containsExactly("database", "writers", "cluster", "shutdown");
            body.get("checks").forEach(check -> assertThat(check.get("status").asText()).isEqualTo("UP"));
            assertThat(ready.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }

    @Test
    void liveWhenServingThenUp() {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> live = server.get("/health/live", null);

            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(TestServer.json(live).get("status").asText()).isEqualTo("UP");
        }
    }

    @Test
    void readyWhenStoppingThenDownWhileTokensAreStillIssued() {
        try (TestServer server = TestServer.start()) {
            ConnectedApp app = server.createApp();
            String user = server.createUser();

            server.server().stopping();

            HttpResponse<String> ready = server.get("/health/ready", null);
            assertThat(ready.statusCode()).isEqualTo(503);
            JsonNode body = TestServer.json(ready);
            assertThat(body.get("status").asText()).isEqualTo("DOWN");
            assertThat(body.at("/checks/shutdown/status").asText()).isEqualTo("DOWN");
            assertThat(body.at("/checks/database/status").asText()).isEqualTo("UP");
            assertThat(server.get("/health/live", null).statusCode()).isEqualTo(200);
            server.login(app, user); // still served: the load balancer takes it out first
        }
    }

    @Test
    void closeWithShutdownDelayThenReadyDownDuringTheDelayAndStoppedAfterIt() throws Exception {
        TestServer server = TestServer.start(c -> c.shutdownDelay(Duration.ofMinutes(10)));
        ConnectedApp app = server.createApp();
        String user = server.createUser();
        Thread closing = new Thread(server::close, "closing");
        closing.start();

        HttpResponse<String> ready = server.get("/health/ready", null);
        while (ready.statusCode() == 200) { // until the closing thread has begun
            ready = server.get("/health/ready", null);
        }
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(TestServer.json(ready).at("/checks/shutdown/detail").asText()).isEqualTo("stopping");
        server.login(app, user);

        closing.interrupt(); // cuts the delay short; the stop goes on
        closing.join();
        assertThatThrownBy(() -> server.get("/health/live", null)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void readyWhenOnPostgresqlThenTheClusterCheckSaysWhetherOtherNodesAreHeard() {
        try (TestServer server = ServerDatabase.POSTGRES.start(c -> c)) {
            HttpResponse<String> ready = server.get("/health/ready", null);
            while (ready.statusCode() != 200) { // the listener connects just after the start
                assertThat(TestServer.json(ready).at("/checks/cluster/status").asText()).isEqualTo("DOWN");
                ready = server.get("/health/ready", null);
            }
            assertThat(TestServer.json(ready).at("/checks/cluster/status").asText()).isEqualTo("UP");
        }
    }
}
