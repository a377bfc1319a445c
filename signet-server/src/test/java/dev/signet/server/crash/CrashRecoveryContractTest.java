package dev.signet.server.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.ServerFixture;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.LoginEvent;
import dev.signet.server.storage.Jdbc;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server acknowledged is true after any crash, on every store. A real server process
 * under 8 concurrent clients is killed ({@code kill -9}) at random moments, three times, and
 * restarted on the same store; then every acknowledged token still works, every acknowledged
 * {@code jti} is refused, every acknowledged revocation and user deactivation is in force, and every
 * token has its Login History entry. Then a graceful stop (SIGTERM) under load leaves no request
 * whose token was stored without its answer, and loses no Login History entry. Subclasses pick the store.
 */
abstract class CrashRecoveryContractTest {
    private static final int CLIENTS = 8;
    private static final int KILLS = 3;

    @TempDir
    Path temp;

    /** A server in this process on the test's store (seeding and the final checks). */
    abstract TestServer startInProcess(Path dataDir);

    /** The arguments after the data directory that put {@link CrashServerMain} on the same store. */
    abstract List<String> processArgs();

    @Test
    void crashWhenKilledUnderLoadThenNothingAcknowledgedIsLostAndAGracefulStopAnswersEveryRequest() throws Exception {
        Path data = temp.resolve("data");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        ConnectedApp app;
        List<String> users = new ArrayList<>();
        List<String> victims = new ArrayList<>();
        try (TestServer seeding = startInProcess(data)) {
            app = seeding.createApp();
            IntStream.range(0, CLIENTS).forEach(i -> users.add(seeding.createUser()));
            IntStream.range(0, KILLS).forEach(i -> victims.add(seeding.createUser()));
        }
        Ledger ledger = new Ledger();
        for (int kill = 0; kill < KILLS; kill++) {
            ServerProcess server = ServerProcess.start(data, processArgs());
            TokenLoad load = new TokenLoad(server.url(), app.consumerKey(), ledger, "crash-client-kill");
            load.start(users);
            awaitTokens(ledger, 20 * (kill + 1));
            if (adminPost(server.url(), "/users/" + victims.get(kill) + "/deactivate") == 200) {
                ledger.deactivated.add(victims.get(kill));
            }
            Thread.sleep(random.nextInt(800)); // a random moment, while the clients keep writing
            server.kill();
            load.stop();
        }
        verifyAcknowledged(data, ledger, "seed " + seed);
        Ledger graceful = new Ledger();
        ServerProcess server = ServerProcess.start(data, processArgs());
        TokenLoad load = new TokenLoad(server.url(), app.consumerKey(), graceful, "crash-client-term");
        load.start(users);
        awaitTokens(graceful, 20);
        Thread.sleep(random.nextInt(500));
        server.terminate();
        load.stop();
        verifyGracefulStop(data, graceful);
    }

    private void verifyAcknowledged(Path data, Ledger ledger, String run) {
        try (TestServer restarted = startInProcess(data)) {
            Jdbc jdbc = restarted.server().jdbc();
            Set<String> used = usedJtis(jdbc);
            for (Ledger.Issued token : ledger.issued) {
                int status = restarted.get("/services/oauth2/userinfo", token.accessToken()).statusCode();
                if (ledger.revoked.contains(token.accessToken())) {
                    assertThat(status).as("an acknowledged revocation after the restart (%s)", run).isEqualTo(401);
                } else if (!ledger.revoking.contains(token.accessToken())) {
                    assertThat(status).as("an acknowledged token after the restart (%s)", run).isEqualTo(200);
                }
                assertThat(used).as("its jti is marked used (%s)", run).contains(token.jti());
            }
            // Login History entries go in the token's own commit: as many as there are tokens.
            long tokens = count(jdbc, "select count(*) from access_token where app_id = ?", appId(jdbc));
            assertThat(tokens).isGreaterThanOrEqualTo(ledger.issued.size());
            assertThat(count(jdbc, "select count(*) from login_history where app_id = ? and status = ?", appId(jdbc),
                    LoginEvent.SUCCESS)).as("Login History successes (%s)", run).isEqualTo(tokens);
            for (String victim : ledger.deactivated) {
                assertThat(restarted.server().admin().user(victim).active()).as("deactivated (%s)", run).isFalse();
            }
            // Replays of acknowledged assertions are refused (a sample: each costs a signature check).
            ledger.issued.stream().limit(100).forEach(token -> assertThat(restarted.token(token.assertion())
                    .statusCode()).as("a replay (%s)", run).isEqualTo(400));
        }
        assertThat(ledger.deactivated).hasSize(KILLS);
        assertThat(ledger.revoked).as("revocations among %s tokens", ledger.issued.size()).isNotEmpty();
    }

    private void verifyGracefulStop(Path data, Ledger graceful) {
        try (TestServer restarted = startInProcess(data)) {
            Jdbc jdbc = restarted.server().jdbc();
            Set<String> used = usedJtis(jdbc);
            assertThat(graceful.unanswered.entrySet()).filteredOn(broke -> used.contains(broke.getKey()))
                    .as("requests left unanswered by the graceful stop, yet stored (jti and how it broke off)").isEmpty();
            assertThat(used).containsAll(graceful.issued.stream().map(Ledger.Issued::jti).toList());
            assertThat(count(jdbc, "select count(*) from login_history where user_agent = ? and status <> ?",
                    "crash-client-term", LoginEvent.SUCCESS)).as("refusals written by the background writer")
                    .isGreaterThanOrEqualTo(graceful.refusalsAnsweredBeforeStop.get());
        }
    }

    private static void awaitTokens(Ledger ledger, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (ledger.issued.size() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(ledger.issued.size()).as("tokens issued under load").isGreaterThanOrEqualTo(atLeast);
    }

    private static int adminPost(String url, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url + "/admin/api" + path)).header("Authorization", "Bearer " + ServerFixture.ADMIN_SECRET)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    private static Set<String> usedJtis(Jdbc jdbc) {
        // An embedded store's durable marks are in its token rows (and used_jti for long windows).
        return new HashSet<>(jdbc.query("select jti from used_jti union select jti from access_token "
                + "where jti is not null", rs -> rs.getString(1)));
    }

    private static String appId(Jdbc jdbc) {
        return jdbc.queryOne("select id from connected_app", rs -> rs.getString(1)).orElseThrow();
    }

    private static long count(Jdbc jdbc, String sql, Object... params) {
        return jdbc.queryOne(sql, rs -> rs.getLong(1), params).orElseThrow();
    }
}
