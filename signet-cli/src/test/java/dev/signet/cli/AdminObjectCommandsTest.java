package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code admin object create|list} against a real server. */
class AdminObjectCommandsTest extends AdminCommandTest {
    @Test
    void createWhenFieldsGivenThenObjectWithKeyPrefixAndFields() {
        int exit = admin("object", "create", "--name", "Invoice__c", "--field", "Amount__c:currency", "--field",
                "Account__c:reference:Account", "--field", "Due__c:date:required");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().trim()).matches("Created Invoice__c \\(key prefix a\\w\\w\\): Amount__c \\(currency\\), "
                + "Account__c \\(reference to Account\\), Due__c \\(date, required\\)\\.");
        assertThat(admin("object", "list")).isZero();
        assertThat(out.toString()).containsPattern("Invoice__c\\s+a\\w\\w\\s+custom\\s+Amount__c")
                .containsPattern("Account\\s+001\\s+standard").containsPattern("User\\s+005\\s+read-only");
    }

    @Test
    void createWhenJsonThenWholeDefinition() throws IOException {
        assertThat(admin("object", "create", "--name", "Ticket__c", "--label", "Ticket",
                "--json")).as(err.toString()).isZero();
        JsonNode object = AdminClient.json().readTree(out.toString());
        assertThat(object.get("label").asText()).isEqualTo("Ticket");
        assertThat(object.get("custom").asBoolean()).isTrue();
    }

    @Test
    void createWhenFieldSpecMalformedThenUsageError() {
        assertThat(admin("object", "create", "--name", "Bad__c", "--field", "JustAName")).isEqualTo(2);
        assertThat(err.toString()).contains("--field takes NAME:TYPE[:OBJECT][:required]");
    }

    @Test
    void createWhenServerRefusesThenItsMessage() {
        assertThat(admin("object", "create", "--name", "Dup__c")).isZero();
        assertThat(admin("object", "create", "--name", "Dup__c")).isEqualTo(1);
        assertThat(err.toString()).contains("object Dup__c already exists");
        assertThat(admin("object", "create", "--name", "Thing", "--field", "X__c:blob")).isEqualTo(1);
        assertThat(err.toString()).contains("invalid custom object name 'Thing'");
    }
}
