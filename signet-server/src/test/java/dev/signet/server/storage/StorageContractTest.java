package dev.signet.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.TestServer;
import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.NewUser;
import dev.signet.server.config.ServerConfig;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.LoginEvent;
import dev.signet.server.secrets.AccessTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What storage must do, on every database: persistence across restarts, atomic single-use
 * {@code jti}, constraints. Subclasses pick the database.
 */
abstract class StorageContractTest {
    /** Starts a server whose storage survives {@link TestServer#close()} and a restart on the same dataDir. */
    abstract TestServer start(Path dataDir, UnaryOperator<ServerConfig.Builder> customize);

    TestServer start(Path dataDir) {
        return start(dataDir, UnaryOperator.identity());
    }

    @TempDir
    Path temp;
    private int dataDirs;

    /** A new data directory, removed with the test's temporary directory. */
    Path tempDir() {
        try {
            return Files.createDirectory(temp.resolve("data-" + ++dataDirs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void restartWhenDataExistsThenAppsUsersApprovalsHistoryAndTokensSurvive() {
        Path data = tempDir();
        String consumerKey;
        String user;
        JsonNode token;
        try (TestServer first = start(data)) {
            ConnectedApp app = first.createApp(a -> a.toBuilder().selfAuthorize(true).profiles(Set.of()).build());
            consumerKey = app.consumerKey();
            user = first.createUser();
            first.server().admin().approve(consumerKey, user, List.of());
            HttpResponse<String> response = first.token(first.assertion(app, user).build());
            assertThat(response.statusCode()).isEqualTo(200);
            token = TestServer.json(response);
        }
        try (TestServer second = start(data)) {
            ConnectedApp app = second.server().admin().app(consumerKey);
            assertThat(app.certificates()).hasSize(1);
            assertThat(app.certificates().get(0).id()).isEqualTo(TestKeys.SERVER_CRT_SHA256);
            assertThat(second.server().admin().user(user).active()).isTrue();
            // The approval survived: the self-authorize login still works.
            assertThat(second.token(second.assertion(app, user).build()).statusCode()).isEqualTo(200);
            assertThat(second.server().admin().loginHistory(100)).extracting(LoginEvent::status).contains("Success");
            assertThat(second.server().admin().loginHistory(100)).hasSizeGreaterThanOrEqualTo(2);
            // The token issued before the restart still works (the port may have changed).
            String id = token.get("id").asText().replaceFirst("^http://[^/]+", second.baseUrl());
            assertThat(second.get(id, token.get("access_token").asText()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void stopWhenLoginsJustHappenedThenEveryAttemptIsInLoginHistoryAfterRestart() throws Exception {
        Path data = tempDir();
        int logins = 120;
        try (TestServer first = start(data)) {
            ConnectedApp app = first.createApp();
            String user = first.createUser();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < logins; i++) {
                // Every third attempt names an unknown user: failures are recorded too.
                String subject = i % 3 == 0 ? "nobody-" + i + "@signet.test" : user;
                results.add(pool.submit(() -> first.token(first.assertion(app, subject).build()).statusCode()));
            }
            for (Future<Integer> f : results) {
                f.get();
            }
            pool.shutdown();
        } // closed at once: entries still queued for the batch writer must be written now
        try (TestServer second = start(data)) {
            List<LoginEvent> history = second.server().admin().loginHistory(1000);
            assertThat(history).hasSize(logins);
            assertThat(history).filteredOn(e -> e.status().equals(LoginEvent.SUCCESS)).hasSize(logins - logins / 3);
        }
    }

    @Test
    void tokenWhenAnotherRepositoryInstanceFreezesTheUserThenTheCachedUserIsNotUsed() {
        // A long cache age: only write tracking can make the change visible.
        try (TestServer server = start(tempDir(), b -> b.cacheMaxAge(Duration.ofHours(1)))) {
            ConnectedApp app = server.createApp();
            String username = server.createUser();
            assertThat(server.token(server.assertion(app, username).build()).statusCode()).isEqualTo(200);
            UserRepository elsewhere = new UserRepository(server.server().jdbc());
            elsewhere.setFrozen(elsewhere.findByUsername(username).orElseThrow().id(), true, Instant.now());
            HttpResponse<String> refused = server.token(server.assertion(app, username).build());
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(TestServer.json(refused).get("error_description").asText()).isEqualTo("inactive user");
            new AppRepository(server.server().jdbc()).setEnabled(app.id(), false);
            assertThat(TestServer.json(server.token(server.assertion(app, username).build())).get("error").asText())
                    .isEqualTo("invalid_client_id");
        }
    }

    @Test
    void tokenWhenStateChangedBehindTheServersBackThenSeenOnlyAfterTheCacheAgeOrATrackedWrite() {
        try (TestServer cached = start(tempDir(), b -> b.cacheMaxAge(Duration.ofHours(1)))) {
            ConnectedApp app = cached.createApp();
            String username = cached.createUser();
            assertThat(cached.token(cached.assertion(app, username).build()).statusCode()).isEqualTo(200);
            // As another server sharing the database would: a write this server does not track.
            cached.server().jdbc().untracked().update("update connected_app set enabled = ? where id = ?", false,
                    app.id());
            assertThat(cached.token(cached.assertion(app, username).build()).statusCode())
                    .as("served from the cache for up to the max age").isEqualTo(200);
            cached.server().admin().deactivate(cached.createUser()); // any tracked write invalidates everything
            assertThat(TestServer.json(cached.token(cached.assertion(app, username).build())).get("error").asText())
                    .isEqualTo("invalid_client_id");
        }
        try (TestServer uncached = start(tempDir(), b -> b.cacheMaxAge(Duration.ZERO))) {
            ConnectedApp app = uncached.createApp();
            String username = uncached.createUser();
            assertThat(uncached.token(uncached.assertion(app, username).build()).statusCode()).isEqualTo(200);
            uncached.server().jdbc().untracked().update("update connected_app set enabled = ? where id = ?", false,
                    app.id());
            assertThat(TestServer.json(uncached.token(uncached.assertion(app, username).build())).get("error")
                    .asText()).as("max age 0: no cache").isEqualTo("invalid_client_id");
        }
    }

    @Test
    void tokenWhenSameJtiPostedConcurrentlyThenExactlyOneSucceeds() throws Exception {
        try (TestServer server = start(tempDir())) {
            ConnectedApp app = server.createApp();
            String user = server.createUser();
            String assertion = server.assertion(app, user).jwtId("race-" + System.nanoTime()).build()
                    .sign(TestKeys.serverKey());
            int callers = 16;
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return server.postForm("/services/oauth2/token",
                            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=" + assertion)
                            .statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 400).hasSize(callers - 1);
        }
    }

    /** An audience every server accepts, whatever port it listens on after the restart. */
    private static final String LOGIN_URL = "https://login.salesforce.com";

    @Test
    void replayWhenTheServerRestartedThenRefusedForShortAndLongAssertionWindows() {
        Path data = tempDir();
        List<String> used = new ArrayList<>();
        String fresh;
        try (TestServer first = start(data)) {
            ConnectedApp app = first.createApp();
            String user = first.createUser();
            // exp a minute ahead (its mark is kept with the token) and a day ahead (kept apart too)
            for (Duration ahead : List.of(Duration.ofMinutes(1), Duration.ofDays(1))) {
                String assertion = first.assertion(app, user).audience(LOGIN_URL)
                        .jwtId("restart-" + ahead + "-" + System.nanoTime()).expiresAt(Instant.now().plus(ahead)).build()
                        .sign(TestKeys.serverKey());
                assertThat(first.token(assertion).statusCode()).isEqualTo(200);
                used.add(assertion);
            }
            fresh = first.assertion(app, user).audience(LOGIN_URL).jwtId("fresh-" + System.nanoTime()).build()
                    .sign(TestKeys.serverKey());
        }
        try (TestServer second = start(data)) {
            for (String assertion : used) {
                assertThat(second.token(assertion).statusCode()).as("a replay after the restart").isEqualTo(400);
            }
            assertThat(second.token(fresh).statusCode()).isEqualTo(200);
            assertThat(second.token(fresh).statusCode()).isEqualTo(400);
        }
    }

    @Test
    void upgradeWhenTokensWereIssuedBeforeTokenIdsThenTheyStayValidAndRevocable() {
        Path data = tempDir();
        String legacy;
        try (TestServer first = start(data)) {
            ConnectedApp app = first.createApp();
            String userId = first.server().admin().user(first.createUser()).id();
            // What V7 stored for a token: the hex SHA-256 of "<org15>!<43 random characters>"; V8 kept the table.
            legacy = first.server().admin().org().id().substring(0, 15) + "!" + "A".repeat(21) + "." + "b".repeat(21);
            Instant now = Instant.now();
            first.server().jdbc().update("insert into access_token_v1 (token_hash, org_id, user_id, app_id, scopes, "
                    + "issued_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)", AccessTokens.hash(legacy), app.orgId(),
                    userId, app.id(), "api id openid refresh_token", now, now.plus(Duration.ofHours(1)));
        }
        try (TestServer second = start(data)) {
            assertThat(second.get("/services/oauth2/userinfo", legacy).statusCode()).isEqualTo(200);
            assertThat(second.postForm("/services/oauth2/revoke", "token=" + legacy).statusCode()).isEqualTo(200);
            assertThat(second.get("/services/oauth2/userinfo", legacy).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void deleteAppWhenItHasTokensThenTheyGoWithItAndOtherAppsKeepTheirs() {
        try (TestServer server = start(tempDir())) {
            ConnectedApp doomed = server.createApp();
            ConnectedApp kept = server.createApp();
            String user = server.createUser();
            String doomedToken = TestServer.json(server.token(server.assertion(doomed, user).build()))
                    .get("access_token").asText();
            String keptToken = TestServer.json(server.token(server.assertion(kept, user).build()))
                    .get("access_token").asText();
            // No foreign keys on the token table: deleting the app is what removes its rows.
            assertThat(server.adminPost("/apps/" + doomed.consumerKey() + "/delete", null).statusCode()).isEqualTo(200);
            assertThat(count(server, "select count(*) from access_token where app_id = ?", doomed.id())).isZero();
            assertThat(server.get("/services/oauth2/userinfo", doomedToken).statusCode()).isEqualTo(401);
            assertThat(server.get("/services/oauth2/userinfo", keptToken).statusCode()).isEqualTo(200);
        }
    }

    private static long count(TestServer server, String sql, Object... params) {
        return server.server().jdbc().queryOne(sql, rs -> rs.getLong(1), params).orElseThrow();
    }

    @Test
    void createUserWhenUsernameTakenThenConflictAndOriginalKept() {
        try (TestServer server = start(tempDir())) {
            String user = server.createUser();
            String id = server.server().admin().user(user).id();
            assertThatThrownBy(() -> server.server().admin().createUser(new NewUser(user, null, null, "X", "Other",
                    Set.of()))).isInstanceOf(AdminException.class).extracting("status").isEqualTo(409);
            assertThat(server.server().admin().user(user).id()).isEqualTo(id);
            assertThat(server.server().admin().user(user).profile()).isEqualTo(TestServer.PROFILE);
        }
    }

    @Test
    void createAppWhenCertificateInvalidThenBadRequestAndNothingStored() {
        try (TestServer server = start(tempDir())) {
            int before = server.server().admin().apps().size();
            assertThatThrownBy(() -> server.createApp(a -> a.toBuilder().certificate("garbage".getBytes()).build()))
                    .isInstanceOf(AdminException.class).extracting("status").isEqualTo(400);
            assertThatThrownBy(() -> server.createApp(a -> a.toBuilder().certificate(TestKeys.bytes(TestKeys.SERVER_KEY))
                    .build())).isInstanceOf(AdminException.class).hasMessageContaining("private key");
            assertThat(server.server().admin().apps()).hasSize(before);
        }
    }

    @Test
    void lockoutWhenConcurrentInvalidPasswordsThenEachCountsAndTheLockoutSurvivesARestart() throws Exception {
        Path data = tempDir();
        int attempts = 6;
        UnaryOperator<ServerConfig.Builder> lockAfterSix = c -> c.lockoutAttempts(attempts);
        try (TestServer server = start(data, lockAfterSix)) {
            server.server().administration().consoleAdmins().create("locked-admin", "right password 1");
            ExecutorService pool = Executors.newFixedThreadPool(attempts);
            List<Future<?>> failures = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                failures.add(pool.submit(() -> server.server().administration().consoleAdmins()
                        .authenticate("locked-admin", "wrong password")));
            }
            for (Future<?> f : failures) {
                f.get();
            }
            pool.shutdown();
            assertThat(server.server().administration().consoleAdmins().lockedUntil("locked-admin")).isPresent();
        }
        try (TestServer server = start(data, lockAfterSix)) {
            assertThatThrownBy(() -> server.server().administration().consoleAdmins()
                    .authenticate("locked-admin", "right password 1")).isInstanceOf(AdminException.class)
                    .extracting("status").isEqualTo(403);
        }
    }
}
