package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code @SignetTest}: an empty org reset before each test, driven with plain java.net.http. */
@SignetTest
class SignetTestAnnotationTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private Signet signet;

    @BeforeEach
    void declareOrg(Signet server) {
        server.createApp("plain", app -> app);
        server.createUser("plain@acme.test", user -> user);
    }

    @Test
    void fieldWhenSignetTestThenSetToTheRunningServer(Signet parameter) {
        assertThat(signet).isSameAs(parameter);
        assertThat(signet.app().name()).isEqualTo("plain");
    }

    @Test
    void tokenEndpointWhenPlainHttpAssertionThenAccessTokenWorksOnRestApi() throws Exception {
        String form = "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&assertion=" + signet.mintAssertion("plain@acme.test");
        HttpResponse<String> token = send(HttpRequest.newBuilder(URI.create(signet.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String accessToken = token.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        HttpResponse<String> accounts = send(HttpRequest.newBuilder(
                URI.create(signet.url() + "/services/data/v62.0/query?q=SELECT+Id+FROM+Account"))
                .header("Authorization", "Bearer " + accessToken).GET().build());

        assertThat(accounts.statusCode()).isEqualTo(200);
        assertThat(accounts.body()).contains("\"totalSize\":0");
    }

    @Test
    void adminApiWhenAdminSecretThenListsTheTestsApps() throws Exception {
        HttpResponse<String> apps = send(HttpRequest.newBuilder(URI.create(signet.url() + "/admin/api/apps"))
                .header("Authorization", "Bearer " + signet.adminSecret()).GET().build());

        assertThat(apps.statusCode()).isEqualTo(200);
        assertThat(apps.body()).contains(signet.app("plain").consumerKey());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
