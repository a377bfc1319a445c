package dev.signet.server.orgfile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The org as code through the admin API on a real server: a file applied creates everything it
 * declares and a login works with it; applied again it changes nothing; export then apply is a
 * round trip; a dry run writes nothing; prune removes what the file dropped; a bad file answers
 * every problem with its line and column and changes nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrgFileTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    @TempDir
    static Path dir;

    static String orgFile() throws IOException {
        return orgFileIn(dir);
    }

    /** The test org file, with its certificate file copied into {@code into}. */
    static String orgFileIn(Path into) throws IOException {
        Files.copy(TestKeys.path(TestKeys.SERVER_CRT), into.resolve("server.crt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return """
                profiles: [Integration, Support]
                permissionSets: [API Enabled]
                apps:
                  - name: Billing Sync
                    certificate: server.crt
                    profiles: [Integration]
                    sessionTimeoutMinutes: 60
                  - name: Field Portal
                    certificate: server.crt
                    permittedUsers: self-authorize
                users:
                  - username: integration@org.test
                    lastName: Integration
                    profile: Integration
                    permissionSets: [API Enabled]
                  - username: agent@org.test
                    profile: Support
                approvals:
                  - app: Field Portal
                    user: agent@org.test
                ipRanges:
                  - profile: Support
                    start: 10.0.0.0
                    end: 10.255.255.255
                objects:
                  - name: Invoice__c
                    label: Invoice
                    fields: ["Amount__c:currency", "Account__c:reference:Account"]
                records:
                  - type: Account
                    fields: {Name: Acme, Industry: Energy}
                """;
    }

    @Test
    @Order(1)
    void applyWhenFileDeclaresTheOrgThenEverythingIsCreatedAndALoginWorks() throws IOException {
        List<String> changes = apply(orgFile(), false, false);

        assertThat(changes).contains("create app Billing Sync", "create app Field Portal",
                "create user integration@org.test", "create approval agent@org.test for Field Portal",
                "create ip-range Support 10.0.0.0-10.255.255.255", "create object Invoice__c",
                "create record Account Name=Acme");
        String key = TestServer.json(server.adminGet("/apps/Billing%20Sync")).get("consumerKey").asText();
        assertThat(server.token(server.assertion(server.server().admin().app(key), "integration@org.test").build())
                .statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void applyWhenAppliedAgainOrExportedAndAppliedThenNothingChanges() throws IOException {
        assertThat(apply(orgFile(), false, false)).allMatch(c -> c.startsWith("unchanged "));

        HttpResponse<String> exported = server.adminGet("/org/export");
        assertThat(exported.headers().firstValue("Content-Type").orElse("")).startsWith("application/yaml");
        assertThat(apply(exported.body(), false, false)).isNotEmpty().allMatch(c -> c.startsWith("unchanged "));
    }

    @Test
    @Order(3)
    void planWhenTheFileChangesThenSaysWhatWouldChangeAndWritesNothing() throws IOException {
        String changed = orgFile().replace("sessionTimeoutMinutes: 60", "sessionTimeoutMinutes: 30");

        assertThat(apply(changed, true, false)).contains("update app Billing Sync (sessionTimeoutMinutes)");
        assertThat(TestServer.json(server.adminGet("/apps/Billing%20Sync")).get("sessionTimeoutMinutes").asInt())
                .isEqualTo(60);
        assertThat(apply(changed, false, false)).contains("update app Billing Sync (sessionTimeoutMinutes)");
        assertThat(TestServer.json(server.adminGet("/apps/Billing%20Sync")).get("sessionTimeoutMinutes").asInt())
                .isEqualTo(30);
    }

    @Test
    @Order(4)
    void applyWhenPruneAndTheFileDropsAnAppAndAUserThenDeletedAndDeactivated() throws IOException {
        String smaller = orgFile().replaceAll("(?s)  - name: Field Portal.*?(?=users:)", "")
                .replaceAll("(?s)  - username: agent@org.test.*?(?=approvals:)", "")
                .replaceAll("(?s)approvals:.*?(?=ipRanges:)", "");

        List<String> changes = apply(smaller, false, true);

        assertThat(changes).contains("delete app Field Portal", "delete user agent@org.test (deactivated)");
        assertThat(server.adminGet("/apps/Field%20Portal").statusCode()).isEqualTo(404);
        assertThat(TestServer.json(server.adminGet("/users/agent@org.test")).get("active").asBoolean()).isFalse();
    }

    @Test
    @Order(5)
    void applyWhenTheFileHasProblemsThenEachWithLineAndColumnAndNothingApplied() {
        String bad = """
                profiles: [Integration]
                apps:
                  - name: Broken
                    certificatePem: not a certificate
                    scope: [api]
                users:
                  - username: nobody@org.test
                    profile: Missing
                """;
        HttpResponse<String> response = server.adminPost("/org/apply", body(bad, false));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode json = TestServer.json(response);
        assertThat(json.get("error").asText()).isEqualTo("invalid_org_file");
        List<String> problems = new ArrayList<>();
        json.get("problems").forEach(p -> problems.add(p.get("line").asInt() + ":" + p.get("column").asInt() + " "
                + p.get("message").asText()));
        assertThat(problems).anyMatch(p -> p.startsWith("4:21 the certificate of app 'Broken' is not usable"))
                .anyMatch(p -> p.startsWith("5:5 unknown key 'scope' in an app"))
                .anyMatch(p -> p.startsWith("8:14 profile 'Missing' of user 'nobody@org.test' is not declared"));
        assertThat(server.adminGet("/apps/Broken").statusCode()).isEqualTo(404);
        assertThat(server.adminGet("/users/nobody@org.test").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(6)
    void applyWhenTheServerRefusesAPartOrTheBodyIsHostileThenA400NeverA500() {
        String badType = "profiles: [A]\nusers:\n  - username: owner@org.test\n    profile: A\nobjects:\n"
                + "  - name: Broken__c\n    fields: [\"Amount__c:nosuchtype\"]\n";
        String badField = "profiles: [A]\nusers:\n  - username: owner@org.test\n    profile: A\nrecords:\n"
                + "  - type: Account\n    fields: {Name: X, NoSuchField__c: 1}\n";
        String complexKey = "records:\n  - type: Account\n    fields: {? [a, b] : 1, Name: X}\n";
        String deep = "apps: " + "[".repeat(200) + "]".repeat(200) + "\n";
        String aliases = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
        HttpResponse<String> refused = server.adminPost("/org/apply", body(badType, false));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("7:").contains("unknown type 'nosuchtype'");
        assertThat(server.adminGet("/users/owner@org.test").statusCode()).isEqualTo(404);
        for (String body : List.of(body(badField, false), body(complexKey, false),
                body(deep, false), body(aliases, false), "{\"orgFile\":42}", "{\"orgFile\":[1]}", "[]", "null",
                "{\"orgFile\":\"apps: []\",\"prune\":\"yes\"}", "{}")) {
            HttpResponse<String> response = server.adminPost("/org/apply", body);
            assertThat(response.statusCode()).as("%s -> %s", body, response.body()).isEqualTo(400);
            assertThat(response.body()).doesNotContain("Exception", "snakeyaml", "jackson");
        }
    }

    // Reads the file as the CLI does (certificate files next to it), sends it inline; the changes as text.
    private static List<String> apply(String yaml, boolean dryRun, boolean prune) throws IOException {
        Path file = Files.writeString(dir.resolve("org.yaml"), yaml);
        String inline = OrgSpecWriter.write(OrgSpecReader.read(file));
        HttpResponse<String> response = server.adminPost(dryRun ? "/org/plan" : "/org/apply", body(inline, prune));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> changes = new ArrayList<>();
        TestServer.json(response).get("changes").forEach(c -> changes.add(c.get("action").asText() + " "
                + c.get("kind").asText() + " " + c.get("name").asText()
                + (c.get("detail").asText().isEmpty() ? "" : " (" + c.get("detail").asText() + ")")));
        return changes;
    }

    private static String body(String yaml, boolean prune) {
        return server.server().jdbc() == null ? null : "{\"orgFile\":" + quote(yaml) + ",\"prune\":" + prune + "}";
    }

    private static String quote(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
