package dev.signet.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.ServerDatabase;
import dev.signet.server.TestServer;
import dev.signet.server.data.DataApiClient;
import dev.signet.server.model.ConnectedApp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * SQLite takes one writer at a time. Every kind of writer at once — the group-commit token writer,
 * the background Login History writer, admin changes, record writes and revocations — must take
 * turns without a single {@code SQLITE_BUSY} ("database is locked") reaching a client.
 */
class ConcurrentWritersTest {
    private static final int ROUNDS = 40;

    @Test
    void writeWhenEveryKindOfWriterRunsAtOnceThenNoneFailsAndAllIsStored() throws Exception {
        try (TestServer server = ServerDatabase.SQLITE.start(UnaryOperator.identity())) {
            ConnectedApp app = server.createApp();
            String user = server.createUser();
            DataApiClient api = new DataApiClient(server);
            List<Callable<Integer>> writers = List.of(
                    () -> server.token(server.assertion(app, user).build()).statusCode(),
                    () -> server.token(server.assertion(app, "nobody@signet.test").build()).statusCode(),
                    () -> server.adminPost("/users", "{\"username\":\"w-" + System.nanoTime()
                            + "@signet.test\",\"lastName\":\"W\",\"profile\":\"Integration\"}").statusCode(),
                    () -> api.send("POST", "sobjects/Account", "{\"Name\":\"Acme\"}").statusCode(),
                    () -> revokeNewToken(server, app, user));
            List<Future<Integer>> results = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch go = new CountDownLatch(1);
            for (int i = 0; i < ROUNDS; i++) {
                for (Callable<Integer> writer : writers) {
                    results.add(pool.submit(() -> {
                        go.await();
                        return writer.call();
                    }));
                }
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertThat(statuses).filteredOn(s -> s >= 500).isEmpty();
            assertThat(statuses).filteredOn(s -> s == 400).hasSize(ROUNDS); // the unknown user's, and only those
            Jdbc jdbc = server.server().jdbc();
            assertThat(count(jdbc, "select count(*) from sobject_record")).isEqualTo(ROUNDS);
            assertThat(count(jdbc, "select count(*) from access_token where revoked_at is not null")).isEqualTo(ROUNDS);
            assertThat(count(jdbc, "select count(*) from sf_user where username like 'w-%'")).isEqualTo(ROUNDS);
            // Each token request leaves one entry: successes with the token, refusals in the background.
            assertThat(server.server().admin().loginHistory(1000)).hasSize(3 * ROUNDS + 1);
        }
    }

    private static int revokeNewToken(TestServer server, ConnectedApp app, String user) {
        String token = server.login(app, user).get("access_token").asText();
        return server.postForm("/services/oauth2/revoke", "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
                .statusCode();
    }

    private static long count(Jdbc jdbc, String sql) {
        return jdbc.queryOne(sql, rs -> rs.getLong(1)).orElseThrow();
    }
}
