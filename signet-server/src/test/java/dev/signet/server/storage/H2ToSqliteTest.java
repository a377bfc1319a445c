package dev.signet.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.ServerDatabase;
import dev.signet.server.TestServer;
import dev.signet.server.data.DataApiClient;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.LoginEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory of an earlier version (embedded H2) keeps working when the default is SQLite. */
class H2ToSqliteTest {
    @TempDir
    Path data;

    @Test
    void startWhenDataDirHoldsH2OnlyThenEverythingIsCopiedToSqliteAndTheH2FileKept() {
        ConnectedApp app;
        String user;
        JsonNode token;
        String record;
        Instant created;
        try (TestServer old = ServerDatabase.H2.start(data, UnaryOperator.identity())) {
            app = old.createApp();
            user = old.createUser();
            token = old.login(app, user);
            old.server().admin().deactivate(old.createUser());
            record = new DataApiClient(old).create("Account", "{\"Name\":\"Carried over\"}");
            created = old.server().admin().app(app.consumerKey()).createdAt();
        }
        try (TestServer moved = ServerDatabase.SQLITE.start(data, UnaryOperator.identity())) {
            assertThat(data.resolve("db/signet.sqlite")).exists();
            assertThat(data.resolve("db/signet.mv.db")).exists();
            assertThat(moved.server().admin().app(app.consumerKey()).certificates()).hasSize(1);
            assertThat(moved.server().admin().users()).filteredOn(u -> !u.active()).hasSize(1);
            // The token issued on H2 still works, its jti stays used, and its Login History entry came along.
            String id = token.get("id").asText().replaceFirst("^http://[^/]+", moved.baseUrl());
            assertThat(moved.get(id, token.get("access_token").asText()).statusCode()).isEqualTo(200);
            assertThat(moved.server().admin().loginHistory(100)).extracting(LoginEvent::status)
                    .contains(LoginEvent.SUCCESS);
            assertThat(moved.server().jdbc().queryOne("select count(*) from sobject_record where id = ?",
                    rs -> rs.getLong(1), record).orElseThrow()).isEqualTo(1);
            // Timestamps were converted, not copied as text of another format.
            assertThat(moved.server().admin().app(app.consumerKey()).createdAt()).isEqualTo(created);
            assertThat(moved.login(app, user).get("access_token").asText()).isNotBlank();
        }
    }
}
