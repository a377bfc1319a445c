package dev.signet.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.core.admin.NewAppRequest;
import dev.signet.core.admin.NewObjectRequest;
import dev.signet.core.admin.NewUserRequest;
import dev.signet.server.http.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes request bodies on their way to field values (scripts/fuzz.sh; the saved corpus under
 * {@code RequestBodyFuzzTestInputs/} runs as regression tests in every build): {@code http.Json}
 * reads the body, {@code RequestFields}/{@code FieldValues} turn it into the values of a record of
 * every field type, which then go to their stored form and back. Invariant: a value, or the
 * documented 4xx ({@code JSON_PARSER_ERROR}, {@code INVALID_FIELD}, {@code STRING_TOO_LONG}…) whose
 * message names no Java class; a stored value reads back as itself.
 */
class RequestBodyFuzzTest {
    private static final ObjectMapper STORAGE = new ObjectMapper();
    private static final Pattern CLASS_NAME =
            Pattern.compile("\\b(?:java|javax|jakarta|com\\.fasterxml|com\\.nimbusds|org\\.h2)\\.[\\w.$]+");
    private static final SObjectDef ACCOUNT = StandardObjects.all().get(0);
    private static final SObjectDef EVERY_TYPE = CustomObjects.toDef(new CustomObjectSpec("Fuzz__c", "Fuzz", "Fuzzes",
            List.of(field("Text__c", "string"), field("Area__c", "textarea"), field("Email__c", "email"),
                    field("Phone__c", "phone"), field("Url__c", "url"), field("Pick__c", "picklist"),
                    new CustomObjectSpec.Field("Account__c", null, "reference", "Account", false),
                    field("Flag__c", "boolean"), field("Day__c", "date"), field("At__c", "datetime"),
                    field("Ratio__c", "double"), field("Amount__c", "currency"), field("Share__c", "percent"),
                    field("Count__c", "int"))),
            "a00", name -> StandardObjects.all().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst());

    @FuzzTest
    void recordBody(byte[] bytes) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        JsonNode node;
        try {
            node = Json.read(body);
        } catch (Json.BodyException e) {
            assertNamesNoClass(e.getMessage(), body);
            return;
        }
        for (SObjectDef type : List.of(EVERY_TYPE, ACCOUNT)) {
            for (boolean creating : new boolean[] {true, false}) {
                try {
                    RequestFields.parse(type, node, creating).forEach((name, value) -> storeAndReadBack(type, name, value));
                } catch (DataException e) {
                    assertThat(e.status()).isBetween(400, 499);
                    assertNamesNoClass(e.getMessage(), body);
                }
            }
        }
    }

    /** The admin API's bodies, bound to its request records. */
    @FuzzTest
    void adminBody(byte[] bytes) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        for (Class<?> type : List.of(NewAppRequest.class, NewUserRequest.class, NewObjectRequest.class)) {
            try {
                assertThat(Json.read(body, type)).isNotNull();
            } catch (Json.BodyException e) {
                assertNamesNoClass(e.getMessage(), body);
            }
        }
    }

    // What RecordStore does with a value: its JSON form in the data column, read back on a query.
    private static void storeAndReadBack(SObjectDef type, String name, Object value) {
        FieldType fieldType = type.field(name).orElseThrow().type();
        JsonNode stored = STORAGE.valueToTree(FieldValues.toJson(fieldType, value));
        Object read = FieldValues.fromStorage(fieldType, stored);
        if (value instanceof BigDecimal) {
            assertThat(read).isInstanceOf(BigDecimal.class);
        } else if (value instanceof Instant instant) {
            // Salesforce keeps milliseconds; finer digits are dropped, nothing else changes
            assertThat(read).as("%s read back from storage as %s", value, stored)
                    .isEqualTo(instant.truncatedTo(ChronoUnit.MILLIS));
        } else {
            assertThat(read).as("%s read back from storage as %s", value, stored).isEqualTo(value);
        }
    }

    // The message may repeat what the caller sent, but adds no class name of its own.
    private static void assertNamesNoClass(String message, String body) {
        Matcher m = CLASS_NAME.matcher(String.valueOf(message));
        while (m.find()) {
            assertThat(body).as("message names a class: %s", message).contains(m.group());
        }
    }

    private static CustomObjectSpec.Field field(String name, String type) {
        return new CustomObjectSpec.Field(name, null, type, null, false);
    }
}
