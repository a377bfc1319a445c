package dev.signet.cli.broker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same kind of named credential against a generic RFC 7523 server no one here wrote: NAV's
 * mock-oauth2-server, whose {@code /userinfo} checks the bearer token the broker adds.
 */
class MockOAuth2CalloutTest {
    private static final String ISSUER_ID = "nav";
    private static final String SUBJECT = "integration@acme.example";
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static MockOAuth2Server mock;
    private static TokenBroker broker;

    @BeforeAll
    static void start() {
        mock = new MockOAuth2Server();
        mock.start();
        BrokerFixture orgA = BrokerFixture.in(dir);
        String tokenEndpoint = mock.tokenEndpointUrl(ISSUER_ID).toString();
        orgA.writeConfig("Nav, NavRejected, NavWithoutScope", String.join("\n", "namedCredentials:",
                credential("Nav", tokenEndpoint, "    scopes: [api]"),
                credential("NavRejected", tokenEndpoint, "    scopes: [api]"),
                credential("NavWithoutScope", tokenEndpoint, "")));
        assertThat(orgA.importKey().exit()).isZero();
        broker = orgA.start();
    }

    private static String credential(String name, String tokenEndpoint, String scopes) {
        return String.join("\n", "  - name: " + name, "    url: " + mock.issuerUrl(ISSUER_ID),
                "    protocol: jwt-bearer", "    tokenEndpoint: " + tokenEndpoint, "    audience: " + tokenEndpoint,
                "    issuer: signet-broker", "    subject: " + SUBJECT, scopes,
                "    signingKey: " + BrokerFixture.KEY_NAME);
    }

    @AfterAll
    static void stop() {
        broker.close();
        mock.shutdown();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(broker.url() + "/callout/" + path))
                .header("Authorization", "Bearer " + BrokerFixture.BILLING_KEY).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void calloutWhenGenericServerThenItsUserinfoSeesTheSubjectAndTokenIsReused() throws Exception {
        HttpResponse<String> first = get("Nav/userinfo");
        HttpResponse<String> second = get("Nav/userinfo");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode claims = JSON.readTree(first.body());
        assertThat(claims.get("sub").asText()).isEqualTo(SUBJECT);
        assertThat(JSON.readTree(second.body()).get("iat")).isEqualTo(claims.get("iat"));
        assertThat(JSON.readTree(second.body()).path("jti")).isEqualTo(claims.path("jti"));
    }

    @Test
    void calloutWhenGenericServerRefusesTheGrantThenBadGatewayWithItsError() throws Exception {
        HttpResponse<String> response = get("NavWithoutScope/userinfo");

        assertThat(response.statusCode()).isEqualTo(502);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("error").asText()).isEqualTo("invalid_request");
        assertThat(error.get("error_description").asText()).contains("scope");
    }

    @Test
    void calloutWhenGenericServerAnswersInvalidTokenThenNewTokenAndSentOnceMore() throws Exception {
        // the next token has already expired, so /nav/userinfo answers 401 invalid_token (RFC 6750 §3.1)
        mock.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, SUBJECT, "JWT", null, Map.of(), -600));

        HttpResponse<String> response;
        try (LogCapture log = new LogCapture()) {
            response = get("NavRejected/userinfo");
            assertThat(log.lines()).anyMatch(l -> l.contains("NavRejected: token for " + SUBJECT + " rejected"));
        }

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("iss").asText()).isEqualTo(mock.issuerUrl(ISSUER_ID).toString());
    }
}
