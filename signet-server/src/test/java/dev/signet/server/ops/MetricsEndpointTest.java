package dev.signet.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.ServerFixture;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} on a real server: behind the admin secret unless public, and a count for every
 * token request under its grant, outcome and Login History status, with the other meters beside.
 */
class MetricsEndpointTest {
    private static final Pattern TOKEN_SERIES = Pattern.compile(
            "(?m)^signet_token_requests_total\\{grant=\"([^\"]+)\",outcome=\"([^\"]+)\",status=\"([^\"]*)\"} (\\S+)$");

    @Test
    void metricsWhenNoAdminSecretThen401AndWithItThePrometheusText() {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> anonymous = server.get("/metrics", null);
            HttpResponse<String> admin = server.get("/metrics", ServerFixture.ADMIN_SECRET);

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.body()).doesNotContain("jvm_");
            assertThat(admin.statusCode()).isEqualTo(200);
            assertThat(admin.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain; version=0.0.4");
            assertThat(admin.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active",
                    "signet_writer_queue_depth{writer=\"token-committer\"}",
                    "signet_writer_queue_depth{writer=\"login-history-writer\"}",
                    "signet_directory_cache_hits_total", "signet_directory_cache_misses_total",
                    "signet_directory_cache_invalidations_total");
        }
    }

    @Test
    void metricsWhenPublicThenServedWithoutTheSecret() {
        try (TestServer server = TestServer.start(c -> c.metricsPublic(true))) {
            assertThat(server.get("/metrics", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void tokenRequestsWhenEachOutcomeThenEachIsCountedUnderItsGrantOutcomeAndStatus() {
        try (TestServer server = TestServer.start()) {
            ConnectedApp app = server.createApp();
            String user = server.createUser();
            Map<String, Integer> sent = new HashMap<>();
            count(sent, "jwt-bearer", server.token(server.assertion(app, user).build()));
            count(sent, "jwt-bearer", server.token(server.assertion(app, "nobody@signet.test").build()));
            count(sent, "jwt-bearer", server.token(server.assertion(app, user)
                    .expiresAt(Instant.now().minusSeconds(3600)).build()));
            count(sent, "jwt-bearer", server.token("not-a-jwt"));
            count(sent, "refresh_token", server.postForm("/services/oauth2/token",
                    "grant_type=refresh_token&refresh_token=nope&client_id=" + app.consumerKey()));
            count(sent, "authorization_code", server.postForm("/services/oauth2/token",
                    "grant_type=authorization_code&code=nope&client_id=" + app.consumerKey()
                            + "&redirect_uri=https://example.test/cb"));
            count(sent, "unsupported", server.postForm("/services/oauth2/token", "grant_type=password"));
            count(sent, "unreadable", server.send(HttpRequest.newBuilder(server.uri("/services/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=no-such-charset")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=x")).build()));

            Map<String, Integer> counted = new HashMap<>();
            Map<String, String> statuses = new HashMap<>();
            Matcher m = TOKEN_SERIES.matcher(server.get("/metrics", ServerFixture.ADMIN_SECRET).body());
            while (m.find()) {
                counted.merge(m.group(1) + " " + m.group(2), (int) Double.parseDouble(m.group(4)), Integer::sum);
                statuses.put(m.group(1) + " " + m.group(2), m.group(3));
            }
            assertThat(counted).isEqualTo(sent);
            assertThat(sent).hasSizeGreaterThanOrEqualTo(6);
            assertThat(statuses.get("jwt-bearer success")).isEqualTo("Success");
            assertThat(statuses).allSatisfy((key, status) -> assertThat(status).isNotBlank());
        }
    }

    @Test
    void restCallsWhenAnsweredThenCountedByRouteAndStatusAndTimedByFamily() {
        try (TestServer server = TestServer.start()) {
            String token = server.login(server.createApp(), server.createUser()).get("access_token").asText();
            server.get("/services/data/v62.0/limits", token);
            server.get("/services/data/v62.0/limits", "wrong");

            String metrics = server.get("/metrics", ServerFixture.ADMIN_SECRET).body();

            assertThat(metrics).contains(
                    "signet_rest_calls_total{method=\"GET\",route=\"/services/data/{version}/limits\",status=\"200\"} 1.0",
                    "signet_rest_calls_total{method=\"GET\",route=\"/services/data/{version}/limits\",status=\"401\"} 1.0",
                    "signet_http_requests_seconds_bucket{family=\"token\",status=\"2xx\",le=",
                    "signet_http_requests_seconds_count{family=\"rest\",status=\"4xx\"} 1",
                    "signet_writer_batch_items_total{writer=\"token-committer\"} 1.0");
        }
    }

    @Test
    void dashboardWhenItsQueriesAreReadThenEveryMeterTheyNameIsServed() throws IOException {
        String dashboard = Files.readString(Path.of("../docs/grafana-dashboard.json"));
        try (TestServer server = TestServer.start()) {
            String token = server.login(server.createApp(), server.createUser()).get("access_token").asText();
            server.get("/services/data/v62.0/limits", token);
            server.get("/services/oauth2/token", null); // a refusal, for the refusal panel's series
            String metrics = server.get("/metrics", ServerFixture.ADMIN_SECRET).body();

            Matcher names = Pattern.compile("\\b((?:signet|hikaricp|jvm)_[a-z_]+)\\{").matcher(dashboard);
            int checked = 0;
            while (names.find()) {
                // GC pauses appear with the first collection, which no test can call for.
                if (!names.group(1).startsWith("jvm_gc_")) {
                    assertThat(metrics).as(names.group(1)).containsPattern("(?m)^" + names.group(1) + "[{ ]");
                    checked++;
                }
            }
            assertThat(checked).isGreaterThan(10);
        }
    }

    // What the caller saw: the grant it used, and the error code or success.
    private static void count(Map<String, Integer> sent, String grant, HttpResponse<String> response) {
        String outcome = response.statusCode() == 200 ? "success"
                : TestServer.json(response).get("error").asText();
        sent.merge(grant + " " + outcome, 1, Integer::sum);
    }
}
