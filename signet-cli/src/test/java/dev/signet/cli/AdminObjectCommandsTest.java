package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.TestServer;
import dev.signet.server.admin.AdminSecret;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code admin object create|list} against a real server. */
class AdminObjectCommandsTest {
    private static TestServer server;
    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start();
        Files.writeString(server.dataDir().resolve(AdminSecret.FILE_NAME), "test-admin-secret\n");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private int admin(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("admin", "object"));
        all.addAll(Arrays.asList(args));
        all.addAll(List.of("--data", server.dataDir().toString()));
        return cli.execute(all.toArray(String[]::new));
    }

    @Test
    void createWhenFieldsGivenThenObjectWithKeyPrefixAndFields() {
        int exit = admin("create", "--name", "Invoice__c", "--field", "Amount__c:currency", "--field",
                "Account__c:reference:Account", "--field", "Due__c:date:required");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().trim()).matches("Created Invoice__c \\(key prefix a\\w\\w\\): Amount__c \\(currency\\), "
                + "Account__c \\(reference to Account\\), Due__c \\(date, required\\)\\.");
        assertThat(admin("list")).isZero();
        assertThat(out.toString()).containsPattern("Invoice__c\\s+a\\w\\w\\s+custom\\s+Amount__c")
                .containsPattern("Account\\s+001\\s+standard").containsPattern("User\\s+005\\s+read-only");
    }

    @Test
    void createWhenJsonThenWholeDefinition() throws IOException {
        assertThat(admin("create", "--name", "Ticket__c", "--label", "Ticket", "--json")).as(err.toString()).isZero();
        JsonNode object = AdminClient.json().readTree(out.toString());
        assertThat(object.get("label").asText()).isEqualTo("Ticket");
        assertThat(object.get("custom").asBoolean()).isTrue();
    }

    @Test
    void createWhenFieldSpecMalformedThenUsageError() {
        assertThat(admin("create", "--name", "Bad__c", "--field", "JustAName")).isEqualTo(2);
        assertThat(err.toString()).contains("--field takes NAME:TYPE[:OBJECT][:required]");
    }

    @Test
    void createWhenServerRefusesThenItsMessage() {
        assertThat(admin("create", "--name", "Dup__c")).isZero();
        assertThat(admin("create", "--name", "Dup__c")).isEqualTo(1);
        assertThat(err.toString()).contains("object Dup__c already exists");
        assertThat(admin("create", "--name", "Thing", "--field", "X__c:blob")).isEqualTo(1);
        assertThat(err.toString()).contains("invalid custom object name 'Thing'");
    }
}
