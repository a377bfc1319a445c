package dev.signet.server.adminapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import dev.signet.server.admin.AdminFields;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every admin field stored in a column: one character over the column ({@link AdminFields}) is a
 * 400 that names the field, never a database error; exactly the column's length is stored. An
 * unparsable certificate is a 400 that names no Java class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminFieldLengthsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PEM = new String(TestKeys.bytes(TestKeys.SERVER_CRT), StandardCharsets.US_ASCII);

    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();
    private String appKey;
    private String username;

    @BeforeAll
    void appAndUser() {
        appKey = server.app().consumerKey();
        username = server.user();
    }

    Stream<Arguments> overlongFields() {
        return Stream.of(
                over("/apps", AdminFields.NAME, app().put("name", text(256))),
                over("/apps", AdminFields.SCOPES, app().put("scopes", String.join(" ", Collections.nCopies(300, "api")))),
                over("/apps", AdminFields.PROFILES, app().put("profiles", text(256))),
                over("/apps", AdminFields.PERMISSION_SETS, app().put("permissionSets", text(256))),
                over("/apps", AdminFields.CONTACT_EMAIL, app().put("contactEmail", text(250) + "@acme.example")),
                over("/apps", AdminFields.DESCRIPTION, app().put("description", text(1001))),
                over("/users", AdminFields.USERNAME, JSON.createObjectNode().put("username", text(250) + "@a.example")),
                over("/users", AdminFields.EMAIL, user().put("email", text(250) + "@a.example")),
                over("/users", AdminFields.FIRST_NAME, user().put("firstName", text(256))),
                over("/users", AdminFields.LAST_NAME, user().put("lastName", text(256))),
                over("/users", AdminFields.PROFILE, user().put("profile", text(256))),
                over("/users", AdminFields.PERMISSION_SETS, user().set("permissionSets",
                        JSON.createArrayNode().add(text(256)))),
                over("/users/{user}/update", AdminFields.LAST_NAME, JSON.createObjectNode().put("lastName", text(256))),
                over("/apps/{app}/grants", AdminFields.PROFILE, JSON.createObjectNode().put("profile", text(256))),
                over("/apps/{app}/grants", AdminFields.PERMISSION_SET,
                        JSON.createObjectNode().put("permissionSet", text(256))),
                over("/apps/{app}/settings", AdminFields.DESCRIPTION,
                        JSON.createObjectNode().put("description", text(1001))),
                over("/ip-ranges", AdminFields.PROFILE, JSON.createObjectNode().put("profile", text(256))
                        .put("start", "10.0.0.1")),
                over("/ip-ranges", AdminFields.IP_RANGE_DESCRIPTION, JSON.createObjectNode().put("profile", "P")
                        .put("start", "10.0.0.1").put("description", text(256))),
                over("/objects", AdminFields.LABEL, JSON.createObjectNode().put("name", "Long__c")
                        .put("label", text(256))),
                over("/objects", AdminFields.LABEL_PLURAL, JSON.createObjectNode().put("name", "Long__c")
                        .put("labelPlural", text(256))),
                over("/objects", AdminFields.FIELD_LABEL, JSON.createObjectNode().put("name", "Long__c").set("fields",
                        JSON.createArrayNode().add(JSON.createObjectNode().put("name", "A__c").put("type", "string")
                                .put("label", text(256))))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("overlongFields")
    void fieldWhenLongerThanItsColumnThen400NamingTheField(String path, AdminFields field, ObjectNode body) {
        String message = refusal(path, body);

        assertThat(message).startsWith(field.field() + " ").contains("too long")
                .contains(String.valueOf(field.maxLength()));
    }

    @Test
    void fieldsWhenExactlyAsLongAsTheirColumnsThenStored() {
        HttpResponse<String> app = server.adminPost("/apps", app().put("name", text(255)).put("description", text(1000))
                .toString());
        HttpResponse<String> user = server.adminPost("/users", user().put("firstName", text(255))
                .put("lastName", text(255)).put("profile", text(255)).toString());

        assertThat(app.statusCode()).as(app.body()).isEqualTo(201);
        assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
        assertThat(TestServer.json(user).get("lastName").asText()).hasSize(255);
    }

    @Test
    void certificateWhenPemOrDerCannotBeDecodedThenClearMessageNamingNoClass() {
        String pem = refusal("/apps", app().put("certificate",
                "-----BEGIN CERTIFICATE-----\nMIIBAAAAAAAAAAAAAAAA\n-----END CERTIFICATE-----\n"));
        String der = refusal("/apps", app().putNull("certificate").put("certificateDer",
                Base64.getEncoder().encodeToString(new byte[] {0x30, (byte) 0x82, 0x01, 0x00, 0x30, 0x01, 0x02})));

        assertThat(pem).startsWith("invalid certificate: not a certificate");
        assertThat(der).startsWith("invalid certificate: not a certificate");
        assertThat(pem + der).doesNotContain("java.", "Exception", "bouncycastle", "IOException");
    }

    private static Arguments over(String path, AdminFields field, ObjectNode body) {
        return Arguments.of(path, field, body);
    }

    private static ObjectNode app() {
        return JSON.createObjectNode().put("name", "app-" + System.nanoTime()).put("certificate", PEM);
    }

    private static ObjectNode user() {
        return JSON.createObjectNode().put("username", "u" + System.nanoTime() + "@acme.example");
    }

    private static String text(int length) {
        return "x".repeat(length);
    }

    private String refusal(String path, ObjectNode body) {
        HttpResponse<String> response = server.adminPost(path.replace("{app}", appKey).replace("{user}", username),
                body.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = TestServer.json(response);
        assertThat(error.get("error").asText()).isEqualTo("invalid_request");
        return error.get("message").asText();
    }
}
