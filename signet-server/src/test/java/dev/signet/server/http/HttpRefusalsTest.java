package dev.signet.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the HTTP layer refuses by itself (a body over the limit, a content type that only starts
 * like a form) answers in the error shape of the endpoint family called; no such endpoint is a
 * plain 404.
 */
class HttpRefusalsTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    @Test
    void unknownOAuthEndpointWhenCalledThenPlain404ThatClientsReadAsWrongUrl() {
        HttpResponse<String> response = server.get("/services/oauth2/nope", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    }

    @Test
    void tokenRequestWhenBodyOverTheLimitThen413InOAuthShape() {
        HttpResponse<String> response = server.postForm("/services/oauth2/token", "assertion=" + "a".repeat(1_100_000));

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode body = TestServer.json(response);
        assertThat(body.get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void tokenRequestWhenContentTypeOnlyStartsLikeAFormThenUnsupportedGrantType() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/services/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencodedX")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=x"))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(response).get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void formEndpointsWhenPercentEscapeBrokenThen400InvalidRequestNotA500() {
        // Javalin's parser read "%zz" as a null value, which the grant's checks dereferenced (500)
        for (String path : List.of("/services/oauth2/token", "/services/oauth2/revoke", "/services/oauth2/introspect")) {
            HttpResponse<String> response = server.postForm(path, "grant_type=%zz&token=%4");

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(TestServer.json(response).get("error").asText()).as(path).isEqualTo("invalid_request");
        }
    }
}
