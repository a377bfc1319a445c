package dev.signet.server.data.soql;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.TestClock;
import dev.signet.server.TestServer;
import dev.signet.server.data.CustomObjectSpec;
import dev.signet.server.data.CustomObjectStore;
import dev.signet.server.data.DataException;
import dev.signet.server.data.ObjectCatalog;
import dev.signet.server.data.RecordService;
import dev.signet.server.data.RecordSources;
import dev.signet.server.data.RecordStore;
import dev.signet.server.http.Json;
import dev.signet.server.storage.Directory;
import dev.signet.server.storage.Repositories;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes SOQL end to end in the engine (scripts/fuzz.sh; the saved corpus under
 * {@code SoqlFuzzTestInputs/} runs as regression tests in every build): lexer, parser, binder and
 * the run over real records (H2) of standard objects and a custom object with every field type.
 * Invariant: rows, or one of the documented query errors (400 MALFORMED_QUERY, INVALID_FIELD…)
 * whose message names no Java class; never another exception or a StackOverflowError. Time per
 * query is bounded by the fuzzer's per-input timeout (scripts/fuzz.sh sets it).
 */
class SoqlFuzzTest {
    private static final Set<String> QUERY_ERRORS = Set.of("MALFORMED_QUERY", "INVALID_TYPE", "INVALID_FIELD",
            "DUPLICATE_FIELD", "INVALID_QUERY_FILTER_OPERATOR", "NUMBER_OUTSIDE_VALID_RANGE");
    private static final Pattern CLASS_NAME =
            Pattern.compile("\\b(?:java|javax|jakarta|com\\.fasterxml|org\\.h2)\\.[\\w.$]+");
    private static final String USER_ID = "005000000000001AAA";

    private static TestServer server;
    private static SoqlEngine engine;

    @BeforeAll
    static void startOrgWithRecords() throws Exception {
        server = TestServer.start();
        TestClock clock = TestClock.realTime();
        Repositories repositories = Repositories.on(server.server().jdbc(), java.time.Clock.systemUTC());
        Directory directory = new Directory(() -> repositories.orgs().find().orElseThrow(), repositories.apps(),
                repositories.users());
        ObjectCatalog catalog = new ObjectCatalog(new CustomObjectStore(server.server().jdbc()), clock);
        RecordSources sources = new RecordSources(new RecordStore(server.server().jdbc()), directory);
        engine = new SoqlEngine(catalog, sources, clock);
        catalog.define(new CustomObjectSpec("Fuzz__c", null, null, List.of(field("Text__c", "string"),
                field("Email__c", "email"), field("Pick__c", "picklist"), field("Flag__c", "boolean"),
                field("Day__c", "date"), field("At__c", "datetime"), field("Ratio__c", "double"),
                field("Amount__c", "currency"), field("Count__c", "int"),
                new CustomObjectSpec.Field("Account__c", null, "reference", "Account", false))));
        seed(new RecordService(catalog, sources, clock));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @FuzzTest
    void query(byte[] bytes) {
        String soql = new String(bytes, StandardCharsets.UTF_8);
        try {
            QueryResult result = engine.query(soql, SoqlEngine.Scope.QUERY);
            assertThat(result.totalSize()).isGreaterThanOrEqualTo(result.records().size());
            assertThat(engine.columns(soql, SoqlEngine.Scope.QUERY).columns()).isNotNull();
        } catch (DataException e) {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.errorCode()).isIn(QUERY_ERRORS);
            Matcher m = CLASS_NAME.matcher(e.getMessage());
            while (m.find()) {
                assertThat(soql).as("message names a class: %s", e.getMessage()).contains(m.group());
            }
        }
    }

    // A few rows of each kind, with nulls, a parent relationship and a long text for LIKE patterns.
    private static void seed(RecordService records) throws Exception {
        String acme = records.create("Account", body("{\"Name\":\"Acme\",\"Industry\":\"Technology\","
                + "\"AnnualRevenue\":750000,\"NumberOfEmployees\":120}"), USER_ID);
        records.create("Account", body("{\"Name\":\"O'Reilly Media\"}"), USER_ID);
        records.create("Contact", body("{\"LastName\":\"Smith\",\"Email\":\"smith@acme.example\",\"AccountId\":\""
                + acme + "\"}"), USER_ID);
        records.create("Fuzz__c", body("{\"Text__c\":\"" + "a".repeat(255) + "\",\"Flag__c\":true,\"Day__c\":"
                + "\"2026-03-01\",\"At__c\":\"2026-03-01T10:00:00Z\",\"Ratio__c\":0.5,\"Amount__c\":-12.25,"
                + "\"Count__c\":7,\"Email__c\":\"a@b.example\",\"Pick__c\":\"Red\",\"Account__c\":\"" + acme + "\"}"),
                USER_ID);
        records.create("Fuzz__c", body("{\"Text__c\":\"%_\\\\ percent, underscore, backslash\"}"), USER_ID);
        records.create("Fuzz__c", body("{}"), USER_ID);
    }

    private static JsonNode body(String json) throws Json.BodyException {
        return Json.read(json);
    }

    private static CustomObjectSpec.Field field(String name, String type) {
        return new CustomObjectSpec.Field(name, null, type, null, false);
    }
}
