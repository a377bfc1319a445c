package dev.signet.server.adminapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A bad admin body is a 400 in the admin error shape that names the field, never a Java or Jackson class. */
class AdminBodiesTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    @Test
    void bodyWhenNotAnObjectThenSaysSo() {
        // "null" bound to no record, which the handlers then dereferenced (500); found by RequestBodyFuzzTest
        for (String body : new String[] {"", "[1]", "\"text\"", "null", " null {"}) {
            assertThat(refusal("/users", body)).as(body).isEqualTo("the body must be a JSON object");
        }
        assertThat(refusal("/users", "{\"username\":")).contains("end-of-input");
    }

    @Test
    void requiredFieldWhenMissingThenNamed() {
        assertThat(refusal("/users", "{\"email\":\"a@b.example\"}")).isEqualTo("username is required");
        assertThat(refusal("/ip-ranges", "{\"start\":\"10.0.0.1\"}")).isEqualTo("profile is required");
        assertThat(refusal("/objects", "{\"fields\":[]}")).isEqualTo("name is required");
        assertThat(refusal("/apps", "{\"name\":\"No Cert\"}")).startsWith("a certificate is required");
    }

    @Test
    void fieldWhenOfTheWrongTypeThenNamedWithWhatItTakes() {
        assertThat(refusal("/apps", "{\"name\":\"A\",\"certificate\":\"x\",\"sessionTimeoutMinutes\":\"soon\"}"))
                .isEqualTo("sessionTimeoutMinutes must be a number");
        assertThat(refusal("/users", "{\"username\":{\"first\":\"a\"}}")).isEqualTo("username must be a string");
        assertThat(refusal("/objects", "{\"name\":\"X__c\",\"fields\":[{\"name\":\"A__c\",\"type\":[1]}]}"))
                .isEqualTo("fields[0].type must be a string");
        assertThat(refusal("/apps", "{\"name\":\"A\",\"certificateDer\":\"%%%\"}"))
                .isEqualTo("certificateDer is not Base64");
    }

    // The message of a 400 invalid_request; fails on any other answer or a leaked class name.
    private static String refusal(String path, String body) {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/admin/api"
                        + path)).header("Authorization", "Bearer test-admin-secret")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = TestServer.json(response);
        assertThat(error.get("error").asText()).isEqualTo("invalid_request");
        String message = error.get("message").asText();
        assertThat(message).doesNotContainIgnoringCase("jackson").doesNotContain("java.", "dev.signet", "`");
        return message;
    }
}
