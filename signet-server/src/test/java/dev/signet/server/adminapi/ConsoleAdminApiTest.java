package dev.signet.server.adminapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin JSON API covers what the console does: settings, policies, certificates, users, IP ranges, history. */
class ConsoleAdminApiTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    @Test
    void apiWhenNoAdminSecretThen401() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/admin/api/ip-ranges")).GET().build());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void appWhenSettingsAndPoliciesPostedThenShownOnTheApp() {
        ConnectedApp app = server.createApp();
        JsonNode edited = ok(post("/apps/" + app.consumerKey() + "/settings", "{\"apiName\":\"Billing_Sync\","
                + "\"contactEmail\":\"ops@acme.example\",\"callbackUrls\":[\"https://app.example/cb\"],"
                + "\"scopes\":[\"api\",\"refresh_token\"],\"jwtAccessTokens\":true}"));
        assertThat(edited.get("apiName").asText()).isEqualTo("Billing_Sync");
        assertThat(edited.get("callbackUrls").get(0).asText()).isEqualTo("https://app.example/cb");
        assertThat(edited.get("scopes").toString()).isEqualTo("[\"api\",\"refresh_token\"]");
        assertThat(edited.get("jwtAccessTokens").asBoolean()).isTrue();
        JsonNode policies = ok(post("/apps/" + app.consumerKey() + "/policies", "{\"permittedUsers\":\"self-authorize\","
                + "\"ipRelaxation\":\"BYPASS\",\"sessionTimeoutMinutes\":15,\"strictAssertions\":true}"));
        assertThat(policies.get("permittedUsers").asText()).isEqualTo("SELF_AUTHORIZE");
        assertThat(policies.get("ipRelaxation").asText()).isEqualTo("BYPASS");
        assertThat(policies.get("sessionTimeoutMinutes").asInt()).isEqualTo(15);
        JsonNode removed = ok(post("/apps/" + app.consumerKey() + "/grants/remove", "{\"profile\":\"Integration\"}"));
        assertThat(removed.get("profiles")).isEmpty();
        HttpResponse<String> bad = post("/apps/" + app.consumerKey() + "/settings", "{\"callbackUrls\":[\"javascript:alert(1)\"]}");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void certificateWhenRotatedThenNewKeyWorksAndRetiredKeyFails() {
        ConnectedApp app = server.createApp();
        String user = server.createUser();
        String oldFingerprint = app.certificates().get(0).id();
        HttpResponse<String> lastOne = post("/apps/" + app.consumerKey() + "/certificates/" + oldFingerprint + "/retire", "{}");
        assertThat(lastOne.statusCode()).isEqualTo(409);

        ok(post("/apps/" + app.consumerKey() + "/certificates", "{\"certificateDer\":\""
                + Base64.getEncoder().encodeToString(TestKeys.bytes(TestKeys.OTHER_CRT)) + "\"}"));
        ok(post("/apps/" + app.consumerKey() + "/certificates/" + oldFingerprint + "/retire", "{}"));

        HttpResponse<String> withOldKey = server.token(server.assertion(app, user).build());
        assertThat(TestServer.json(withOldKey).get("error_description").asText()).isEqualTo("invalid assertion");
        String assertion = server.assertion(app, user).build().sign(TestKeys.otherKey());
        HttpResponse<String> withNewKey = server.token(assertion);
        assertThat(withNewKey.statusCode()).isEqualTo(200);
    }

    @Test
    void appWhenDeletedThenConsumerKeyUnknown() {
        ConnectedApp app = server.createApp();
        String user = server.createUser();
        assertThat(server.token(server.assertion(app, user).build()).statusCode()).isEqualTo(200);
        ok(post("/apps/" + app.consumerKey() + "/delete", "{}"));
        assertThat(TestServer.json(server.token(server.assertion(app, user).build())).get("error").asText())
                .isEqualTo("invalid_client_id");
    }

    @Test
    void userWhenEditedFrozenAndGivenPasswordThenReflected() {
        String user = server.createUser();
        String path = "/users/" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        JsonNode edited = ok(post(path + "/update", "{\"profile\":\"Sales\",\"permissionSets\":[\"API Only\"],"
                + "\"firstName\":\"Ada\"}"));
        assertThat(edited.get("profile").asText()).isEqualTo("Sales");
        assertThat(edited.get("permissionSets").toString()).isEqualTo("[\"API Only\"]");
        assertThat(ok(post(path + "/freeze", "{}")).get("frozen").asBoolean()).isTrue();
        assertThat(ok(post(path + "/unfreeze", "{}")).get("frozen").asBoolean()).isFalse();
        assertThat(post(path + "/password", "{\"password\":\"short\"}").statusCode()).isEqualTo(400);
        ok(post(path + "/password", "{\"password\":\"a long enough password\"}"));
        assertThat(server.server().administration().users().hasPassword(user)).isTrue();
        assertThat(ok(get(path + "/approvals"))).isEmpty();
    }

    @Test
    void ipRangesAndLoginHistoryAndConsoleAdminsWhenUsedThenListed() {
        ok(post("/ip-ranges", "{\"profile\":\"Branch\",\"start\":\"192.0.2.0\",\"end\":\"192.0.2.255\"}"));
        assertThat(ok(get("/ip-ranges")).toString()).contains("\"profile\":\"Branch\"", "192.0.2.255");
        ok(post("/ip-ranges/remove", "{\"profile\":\"Branch\",\"start\":\"192.0.2.0\",\"end\":\"192.0.2.255\"}"));
        assertThat(ok(get("/ip-ranges")).toString()).doesNotContain("Branch");

        ConnectedApp app = server.createApp();
        server.token(server.assertion(app, "nobody@signet.test").build());
        JsonNode failures = ok(get("/login-history/search?status=failure&user=nobody%40signet"));
        assertThat(failures.get(0).get("status").asText()).isEqualTo("Failed: Invalid username");
        HttpResponse<String> csv = get("/login-history.csv?user=nobody%40signet");
        assertThat(csv.body()).startsWith("Login Time,Username,Application").contains("nobody@signet.test");

        ok(post("/console-admins", "{\"username\":\"ops\",\"password\":\"ops password 123\"}"));
        assertThat(ok(get("/console-admins")).toString()).contains("\"username\":\"ops\"").doesNotContain("password");
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return TestServer.json(response);
    }

    static HttpResponse<String> post(String path, String json) {
        return server.adminPost(path, json);
    }

    static HttpResponse<String> get(String path) {
        return server.adminGet(path);
    }
}
