package dev.signet.server.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestClock;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.storage.Dialect;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The retention job's rules on real data made by real logins, with the server's clock moved on:
 * what is past its limit goes (in batches smaller than what there is), what is within stays, the
 * dry run counts exactly what the purge then deletes, and an assertion whose {@code jti} mark is
 * gone still cannot be used again. Subclasses pick the database.
 */
abstract class RetentionContractTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().clock(TestClock::now)
            .config(b -> b.retentionBatchSize(2).retentionInterval(Duration.ZERO)).build();

    @Test
    void purgeWhenRowsArePastTheirLimitsThenDeletedAndWhenWithinThenKept() {
        ConnectedApp app = server.createApp();
        String user = server.createUser();
        List<String> oldAssertions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String signed = signedNow(app, user);
            assertThat(server.token(signed).statusCode()).isEqualTo(200);
            oldAssertions.add(signed);
        }
        server.clock().advance(Duration.ofDays(2)); // past the tokens' and marks' expiry and the 1-day grace
        String token = TestServer.json(server.token(signedNow(app, user))).get("access_token").asText();

        JsonNode plan = json(server.adminGet("/retention"));
        assertThat(plan.get("delete").get("accessTokens").asLong()).isEqualTo(3);
        // An embedded store keeps short-lived jti marks in its token rows (they go with the tokens);
        // a shared one has them in used_jti.
        boolean shared = server.server().jdbc().dialect() == Dialect.POSTGRESQL;
        assertThat(plan.get("delete").get("usedJti").asLong()).isEqualTo(shared ? 3 : 0);
        assertThat(plan.get("delete").get("loginHistory").asLong()).isZero();

        JsonNode purged = json(server.adminPost("/retention/purge", null));
        assertThat(purged.get("deleted")).isEqualTo(plan.get("delete"));
        assertThat(count("access_token")).isEqualTo(1);
        assertThat(count("used_jti")).isEqualTo(shared ? 1 : 0);
        assertThat(count("login_history")).isEqualTo(4);
        assertThat(server.get("/services/data/v60.0/limits", token).statusCode()).isEqualTo(200);
        for (String replayed : oldAssertions) {
            assertThat(server.token(replayed).statusCode()).as("an old assertion after its mark went").isEqualTo(400);
        }

        server.adminGet("/login-history"); // a read writes what is pending: the refusals above
        server.clock().advance(Duration.ofDays(181));
        assertThat(json(server.adminGet("/retention")).get("delete").get("loginHistory").asLong()).isGreaterThanOrEqualTo(4);
        json(server.adminPost("/retention/purge", null));
        assertThat(count("login_history")).isZero();
        assertThat(count("access_token")).isZero();
    }

    // An assertion valid at the server's (moved) clock.
    private static String signedNow(ConnectedApp app, String user) {
        java.time.Instant now = server.clock().instant();
        return server.assertion(app, user).issuedAt(now).expiresAt(now.plusSeconds(180))
                .jwtId(java.util.UUID.randomUUID().toString()).build()
                .sign(dev.signet.core.keys.TestKeys.serverKey());
    }

    private static long count(String table) {
        return server.server().jdbc().queryOne("select count(*) from " + table, rs -> rs.getLong(1)).orElseThrow();
    }

    private static JsonNode json(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.json(response);
    }
}
