package dev.signet.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.TestServer;
import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.NewUser;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.LoginEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What storage must do, on every database: persistence across restarts, atomic single-use
 * {@code jti}, constraints. Subclasses pick the database.
 */
abstract class StorageContractTest {
    /** Starts a server whose storage survives {@link TestServer#close()} and a restart on the same dataDir. */
    abstract TestServer start(Path dataDir);

    static Path tempDir() {
        try {
            return Files.createTempDirectory("signet-storage");
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
}
