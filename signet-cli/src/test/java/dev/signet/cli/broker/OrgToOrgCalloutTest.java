package dev.signet.cli.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.client.SalesforceApi;
import dev.signet.client.TokenSource;
import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tutorials' org-to-org story with Signet: org A's broker holds a JKS made by openssl and
 * keytool, and calls org B (a real Signet server) through the named credential {@code OrgB}: a
 * SOQL query, a record create and a describe. Callers never see the token; it is not in any
 * response or log line.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrgToOrgCalloutTest {
    private static final String API = "/services/data/v62.0";
    @RegisterExtension
    static final SignetServerExtension orgB = SignetServerExtension.builder().build();
    @TempDir
    static Path dir;
    private static BrokerFixture orgA;
    private static TokenBroker broker;
    private static LogCapture log;
    private static String integration;
    private static String alice;
    private static String revoked;
    private static final List<String> responses = new ArrayList<>();

    @BeforeAll
    static void start() {
        log = new LogCapture();
        orgA = BrokerFixture.in(dir);
        ConnectedApp app = orgB.createApp(a -> a.toBuilder().certificate(orgA.certificate()).build());
        integration = orgB.createUser();
        alice = orgB.createUser();
        revoked = orgB.createUser();
        orgA.writeConfig("OrgB, OrgBPerUser, OrgBRevoked", String.join("\n",
                "namedCredentials:",
                credential("OrgB", app, "    subject: " + integration),
                credential("OrgBRevoked", app, "    subject: " + revoked),
                credential("OrgBPerUser", app, "    subjects:\n      alice@orga.test: " + alice)));
        assertThat(orgA.importKey().exit()).isZero();
        broker = orgA.start();
    }

    private static String credential(String name, ConnectedApp app, String subject) {
        return String.join("\n",
                "  - name: " + name,
                "    url: " + orgB.baseUrl(),
                "    protocol: jwt-bearer",
                "    issuer: " + app.consumerKey(),
                subject,
                "    signingKey: " + BrokerFixture.KEY_NAME);
    }

    @AfterAll
    static void stop() {
        broker.close();
        log.close();
    }

    private static HttpResponse<String> callout(String apiKey, String method, String path, String json,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(broker.url() + "/callout/" + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response = orgB.send(request.build());
        synchronized (responses) {
            responses.add(response.headers().map() + "\n" + response.body());
        }
        return response;
    }

    private static HttpResponse<String> get(String path) {
        return callout(BrokerFixture.BILLING_KEY, "GET", path, null, Map.of());
    }

    private static long logins(String username) {
        return orgB.server().admin().loginHistory(10_000).stream()
                .filter(e -> username.equals(e.username()) && "Success".equals(e.status())).count();
    }

    @Test
    void calloutWhenSoqlQueryThenOrgBRecordsAndOneLoginForManyCallouts() {
        HttpResponse<String> first = get("OrgB" + API + "/query?q=SELECT+Id,Name+FROM+Account");
        HttpResponse<String> second = get("OrgB" + API + "/query?q=SELECT+Id+FROM+Account+LIMIT+1");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(TestServer.json(first).get("records").isArray()).isTrue();
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(logins(integration)).isEqualTo(1);
    }

    @Test
    void calloutWhenRecordCreatedThenReadBackThroughTheBroker() {
        HttpResponse<String> created = callout(BrokerFixture.BILLING_KEY, "POST", "OrgB" + API + "/sobjects/Account",
                "{\"Name\":\"Created from org A\"}", Map.of());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = TestServer.json(created).get("id").asText();
        JsonNode read = TestServer.json(get("OrgB" + API + "/sobjects/Account/" + id));
        assertThat(read.get("Name").asText()).isEqualTo("Created from org A");
    }

    @Test
    void salesforceApiWhenPointedAtTheCalloutThenWorksWithoutAToken() {
        // README "Org to org": the Java client through the broker; its "token" is the API key
        String apiKey = BrokerFixture.BILLING_KEY;
        String orgBViaBroker = broker.url() + "/callout/OrgB";
        TokenSource broker = () -> new TokenResponse(apiKey, null, orgBViaBroker, null, "Bearer", null, null);
        SalesforceApi orgBApi = SalesforceApi.builder(broker).build();

        String id = orgBApi.post("sobjects/Account", "{\"Name\":\"From the Java client\"}").json().get("id").asText();
        List<JsonNode> accounts = orgBApi.query("SELECT Id, Name FROM Account WHERE Name = 'From the Java client'");

        assertThat(accounts).extracting(a -> a.get("Id").asText()).contains(id);
    }

    @Test
    void calloutWhenDescribeThenOrgBDescribe() {
        HttpResponse<String> describe = get("OrgB" + API + "/sobjects/Account/describe");

        assertThat(describe.statusCode()).isEqualTo(200);
        assertThat(describe.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/json"));
        assertThat(TestServer.json(describe).get("name").asText()).isEqualTo("Account");
    }

    @Test
    void calloutWhenTokenRevokedOnOrgBThenReplacedTransparently() {
        assertThat(get("OrgBRevoked" + API + "/sobjects").statusCode()).isEqualTo(200);
        orgB.server().admin().deactivate(revoked); // revokes every token of the user
        orgB.server().admin().activate(revoked);

        HttpResponse<String> after = get("OrgBRevoked" + API + "/sobjects");

        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        assertThat(logins(revoked)).isEqualTo(2);
    }

    @Test
    void calloutWhenPerUserCredentialThenCallersSubjectMapped() {
        HttpResponse<String> mapped = callout(BrokerFixture.BILLING_KEY, "GET", "OrgBPerUser/services/oauth2/userinfo",
                null, Map.of("Signet-Subject", "alice@orga.test"));
        HttpResponse<String> unmapped = callout(BrokerFixture.BILLING_KEY, "GET",
                "OrgBPerUser/services/oauth2/userinfo", null, Map.of("Signet-Subject", "mallory@orga.test"));
        HttpResponse<String> none = get("OrgBPerUser/services/oauth2/userinfo");

        assertThat(TestServer.json(mapped).get("preferred_username").asText()).isEqualTo(alice);
        assertThat(unmapped.statusCode()).isEqualTo(403);
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(TestServer.json(none).get("error").asText()).isEqualTo("access_denied");
    }

    @Test
    void calloutWhenCallerLacksTheRightThenForbiddenAndNoLogin() {
        long before = logins(integration);

        HttpResponse<String> response = callout(BrokerFixture.REPORTS_KEY, "GET", "OrgB" + API + "/sobjects", null,
                Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestServer.json(response).get("error").asText()).isEqualTo("access_denied");
        assertThat(logins(integration)).isEqualTo(before);
    }

    @Test
    void calloutWhenForgedOrMissingApiKeyThenUnauthorized() {
        HttpResponse<String> forged = callout("forged-key", "GET", "OrgB" + API + "/sobjects", null, Map.of());
        HttpResponse<String> missing = callout(null, "GET", "OrgB" + API + "/sobjects", null, Map.of());
        HttpResponse<String> hashAsKey = callout(BrokerFixture.sha256(BrokerFixture.BILLING_KEY), "GET",
                "OrgB" + API + "/sobjects", null, Map.of());
        HttpResponse<String> viaHeader = callout(null, "GET", "OrgB" + API + "/sobjects", null,
                Map.of("X-API-Key", BrokerFixture.BILLING_KEY));

        for (HttpResponse<String> refused : List.of(forged, missing, hashAsKey)) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(TestServer.json(refused).get("error").asText()).isEqualTo("invalid_client");
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                    .startsWith("Bearer"));
        }
        assertThat(viaHeader.statusCode()).isEqualTo(200);
    }

    @Test
    void calloutWhenUnknownCredentialOrDotSegmentsThenRefused() {
        assertThat(get("OrgC" + API + "/sobjects").statusCode()).isEqualTo(404);
        assertThat(get("OrgB/services/../services/data/v62.0/sobjects").statusCode()).isEqualTo(400);
        assertThat(get("OrgB/services/%2e%2e/data").statusCode()).isEqualTo(400);
    }

    @Test
    void calloutWhenOrgBRefusesThenItsAnswerPassedOn() {
        HttpResponse<String> malformed = get("OrgB" + API + "/query?q=SELEKT+Id");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("MALFORMED_QUERY");
    }

    @Test
    @Order(Integer.MAX_VALUE) // after the others, so it greps all they logged and received
    void logAndResponsesWhenGreppedThenNoTokenOrAssertion() {
        get("OrgB" + API + "/sobjects");
        String orgPrefix = orgB.server().admin().org().id().substring(0, 15) + "!";

        List<String> lines = log.lines();
        assertThat(lines).anyMatch(l -> l.contains("callout OrgB GET"));
        assertThat(lines).noneMatch(l -> l.contains(orgPrefix) || l.contains("eyJ")
                || l.contains(BrokerFixture.BILLING_KEY) || l.contains(BrokerFixture.KEY_PASSWORD));
        synchronized (responses) {
            assertThat(responses).isNotEmpty().noneMatch(r -> r.contains(orgPrefix) || r.contains("eyJ"));
        }
    }
}
