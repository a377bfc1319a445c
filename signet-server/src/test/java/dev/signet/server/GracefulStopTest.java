package dev.signet.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.keys.TestKeys;
import dev.signet.server.model.ConnectedApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop under load: every request the server took in gets its answer before the database closes,
 * so each stored token was answered and each answered token is stored with its Login History entry.
 */
class GracefulStopTest {
    private static final int CLIENTS = 8;

    @TempDir
    Path dataDir;

    @Test
    void stopWhenRequestsInFlightThenEveryStoredTokenWasAnsweredAndEveryAnsweredOneIsStored() throws Exception {
        ConcurrentLinkedQueue<String> answered = new ConcurrentLinkedQueue<>();
        AtomicInteger refusedConnections = new AtomicInteger();
        try (TestServer server = TestServer.start(dataDir, UnaryOperator.identity())) {
            ConnectedApp app = server.createApp();
            String user = server.createUser();
            HttpClient http = HttpClient.newHttpClient();
            URI tokenUri = server.uri("/services/oauth2/token");
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            CountDownLatch warm = new CountDownLatch(CLIENTS * 20);
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(pool.submit(() -> {
                    while (true) {
                        String form = ServerFixture.JWT_BEARER_GRANT + "&assertion="
                                + server.assertion(app, user).jwtId(UUID.randomUUID().toString()).build()
                                .sign(TestKeys.serverKey());
                        try {
                            HttpResponse<String> response = http.send(HttpRequest.newBuilder(tokenUri)
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 200) {
                                answered.add(TestServer.json(response).get("access_token").asText());
                            }
                        } catch (IOException stopped) {
                            refusedConnections.incrementAndGet();
                            return null;
                        }
                        warm.countDown();
                    }
                }));
            }
            warm.await();
            server.close(); // while the clients keep sending
            for (Future<?> client : clients) {
                client.get();
            }
            pool.shutdown();
        }

        assertThat(answered).hasSizeGreaterThan(CLIENTS * 20);
        try (TestServer restarted = TestServer.start(dataDir, UnaryOperator.identity())) {
            long stored = restarted.server().jdbc().queryOne("select count(*) from access_token", rs -> rs.getLong(1))
                    .orElseThrow();
            long successes = restarted.server().jdbc().queryOne(
                    "select count(*) from login_history where status = 'Success'", rs -> rs.getLong(1)).orElseThrow();
            assertThat(stored).as("tokens stored = tokens answered").isEqualTo(answered.size());
            assertThat(successes).as("a Login History entry for each").isEqualTo(answered.size());
        }
    }
}
