package dev.signet.server.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestClock;
import dev.signet.server.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SOQL semantics as a table: each query over one seeded data set, with the rows it must return
 * in order. "Today" is 2024-03-15 (a Friday) on the server's clock. Subclasses pick the database
 * ({@link dev.signet.server.OnDatabase}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SoqlQueryContractTest {
    static final Instant NOW = Instant.parse("2024-03-15T12:00:00Z");

    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder()
            .clock(() -> TestClock.stepping(NOW)).build();
    private DataApiClient api;
    private final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    void seed() {
        api = new DataApiClient(server);
        account("Acme", "\"Industry\":\"Technology\",\"AnnualRevenue\":1000000,\"NumberOfEmployees\":120,"
                + "\"Rating\":\"Hot\"");
        account("Globex", "\"Industry\":\"Manufacturing\",\"AnnualRevenue\":500000,\"NumberOfEmployees\":45,"
                + "\"Rating\":\"Warm\"");
        account("Initech", "\"NumberOfEmployees\":8");
        account("O'Reilly Media", "\"Industry\":\"Media\",\"AnnualRevenue\":250000.5,\"Rating\":\"Cold\"");
        account("umbrella 100%", "\"Industry\":\"Technology\",\"AnnualRevenue\":750000,\"NumberOfEmployees\":300,"
                + "\"Rating\":\"Hot\"");
        contact("Ada", "Lovelace", "Acme", "\"Email\":\"ada@acme.example\",\"Birthdate\":\"1990-12-10\"");
        contact("Grace", "Hopper", "Globex", "\"Email\":\"grace@globex.example\"");
        contact(null, "Turing", null, "\"Birthdate\":\"2001-06-23\"");
        contact("Linus", "Torvalds", "Acme", "\"HasOptedOutOfEmail\":true");
        opportunity("Acme Renewal", "Acme", "50000", "Closed Won", "2024-03-14");
        opportunity("Acme Expansion", "Acme", "120000", "Negotiation/Review", "2024-03-15");
        opportunity("Globex Pilot", "Globex", "15000", "Prospecting", "2024-03-16");
        opportunity("Initech Deal", "Initech", null, "Qualification", "2024-03-10");
        opportunity("Umbrella Big", "umbrella 100%", "900000", "Closed Lost", "2024-03-20");
        opportunity("Old Deal", null, "1000", "Closed Won", "2024-02-01");
        api.create("Case", "{\"Subject\":\"Login broken\",\"AccountId\":\"" + ids.get("Acme") + "\",\"ContactId\":\""
                + ids.get("Lovelace") + "\",\"Priority\":\"High\",\"Status\":\"Working\"}");
        api.create("Case", "{\"Subject\":\"Billing question\",\"AccountId\":\"" + ids.get("Globex")
                + "\",\"Status\":\"Closed\",\"Origin\":\"Email\"}");
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                q("SELECT Name FROM Account ORDER BY Name",
                        "Acme", "Globex", "Initech", "O'Reilly Media", "umbrella 100%"),
                q("select name from account where industry = 'technology' order by name", "Acme", "umbrella 100%"),
                q("SELECT Name FROM Account WHERE Industry != 'Technology' ORDER BY Name",
                        "Globex", "Initech", "O'Reilly Media"),
                q("SELECT Name FROM Account WHERE Industry <> 'Technology' AND Industry != null ORDER BY Name",
                        "Globex", "O'Reilly Media"),
                q("SELECT Name FROM Account WHERE AnnualRevenue > 500000 ORDER BY AnnualRevenue DESC",
                        "Acme", "umbrella 100%"),
                q("SELECT Name FROM Account WHERE AnnualRevenue >= 500000 AND AnnualRevenue <= 750000 ORDER BY Name",
                        "Globex", "umbrella 100%"),
                q("SELECT Name FROM Account WHERE AnnualRevenue < 500000.0", "O'Reilly Media"),
                q("SELECT Name FROM Account WHERE Name LIKE 'G%' OR Name LIKE '%media' ORDER BY Name",
                        "Globex", "O'Reilly Media"),
                q("SELECT Name FROM Account WHERE Name LIKE '_cm_'", "Acme"),
                q("SELECT Name FROM Account WHERE Name LIKE '%100\\%'", "umbrella 100%"),
                q("SELECT Name FROM Account WHERE Name = 'O\\'Reilly Media'", "O'Reilly Media"),
                q("SELECT Name FROM Account WHERE Industry IN ('Media', 'Manufacturing') ORDER BY Name",
                        "Globex", "O'Reilly Media"),
                q("SELECT Name FROM Account WHERE Industry NOT IN ('Technology') ORDER BY Name",
                        "Globex", "Initech", "O'Reilly Media"),
                q("SELECT Name FROM Account WHERE NumberOfEmployees IN (8, 45) ORDER BY Name", "Globex", "Initech"),
                q("SELECT Name FROM Account WHERE Industry = null", "Initech"),
                q("SELECT Name FROM Account WHERE NOT (Rating = 'Hot' OR Rating = null) ORDER BY Name",
                        "Globex", "O'Reilly Media"),
                q("SELECT Name FROM Account WHERE (Rating = 'Hot' AND NumberOfEmployees > 200) OR Name = 'Globex' "
                        + "ORDER BY Name", "Globex", "umbrella 100%"),
                q("SELECT Name FROM Account ORDER BY Industry NULLS LAST, Name DESC",
                        "Globex", "O'Reilly Media", "umbrella 100%", "Acme", "Initech"),
                q("SELECT Name FROM Account ORDER BY Industry DESC, Name",
                        "Initech", "Acme", "umbrella 100%", "O'Reilly Media", "Globex"),
                q("SELECT Name FROM Account ORDER BY AnnualRevenue DESC NULLS LAST LIMIT 3",
                        "Acme", "umbrella 100%", "Globex"),
                q("SELECT Name FROM Account ORDER BY Name LIMIT 2 OFFSET 1", "Globex", "Initech"),
                q("SELECT Name FROM Account ORDER BY Name OFFSET 4", "umbrella 100%"),
                q("SELECT Name FROM Account WHERE CreatedDate = TODAY AND CreatedDate >= 2024-03-15T12:00:00Z "
                        + "AND CreatedDate < 2024-03-15T13:00:00+00:30 ORDER BY CreatedDate DESC LIMIT 1",
                        "umbrella 100%"),
                q("SELECT Name FROM Opportunity WHERE CloseDate = TODAY", "Acme Expansion"),
                q("SELECT Name FROM Opportunity WHERE CloseDate = YESTERDAY", "Acme Renewal"),
                q("SELECT Name FROM Opportunity WHERE CloseDate = TOMORROW", "Globex Pilot"),
                q("SELECT Name FROM Opportunity WHERE CloseDate = LAST_N_DAYS:5 ORDER BY CloseDate",
                        "Initech Deal", "Acme Renewal", "Acme Expansion"),
                q("SELECT Name FROM Opportunity WHERE CloseDate = NEXT_N_DAYS:5 ORDER BY CloseDate",
                        "Globex Pilot", "Umbrella Big"),
                q("SELECT Name FROM Opportunity WHERE CloseDate = THIS_WEEK ORDER BY CloseDate",
                        "Initech Deal", "Acme Renewal", "Acme Expansion", "Globex Pilot"),
                q("SELECT Name FROM Opportunity WHERE CloseDate < THIS_MONTH", "Old Deal"),
                q("SELECT Name FROM Opportunity WHERE CloseDate = LAST_MONTH", "Old Deal"),
                q("SELECT Name FROM Opportunity WHERE CloseDate > TODAY ORDER BY CloseDate",
                        "Globex Pilot", "Umbrella Big"),
                q("SELECT Name FROM Opportunity WHERE CloseDate >= 2024-03-15 AND CloseDate <= 2024-03-16 "
                        + "ORDER BY CloseDate", "Acme Expansion", "Globex Pilot"),
                q("SELECT Name FROM Opportunity WHERE IsWon = true ORDER BY CloseDate", "Old Deal", "Acme Renewal"),
                q("SELECT Name FROM Opportunity WHERE IsClosed = false AND Amount != null ORDER BY Amount",
                        "Globex Pilot", "Acme Expansion"),
                q("SELECT Name FROM Opportunity WHERE Account.Name = 'acme' ORDER BY Amount DESC",
                        "Acme Expansion", "Acme Renewal"),
                q("SELECT Name FROM Opportunity WHERE Account.Industry = 'Technology' ORDER BY Account.Name, Name",
                        "Acme Expansion", "Acme Renewal", "Umbrella Big"),
                q("SELECT Name FROM Opportunity ORDER BY Account.Name NULLS LAST, Name", "Acme Expansion",
                        "Acme Renewal", "Globex Pilot", "Initech Deal", "Umbrella Big", "Old Deal"),
                q("SELECT LastName FROM Contact WHERE Account.Name = null", "Turing"),
                q("SELECT Name FROM Contact WHERE Birthdate < 2000-01-01", "Ada Lovelace"),
                q("SELECT Name FROM Contact WHERE HasOptedOutOfEmail = true", "Linus Torvalds"),
                q("SELECT Subject FROM Case WHERE Contact.FirstName = 'Ada' AND IsClosed = false", "Login broken"),
                q("SELECT Subject FROM Case WHERE Account.Name LIKE 'glo%'", "Billing question"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void queryWhenRunOverSeededDataThenExpectedRowsInOrder(String soql, List<String> expected) {
        JsonNode result = api.queryOk(soql);
        String field = soql.split("\\s+")[1];
        List<String> actual = new ArrayList<>();
        result.get("records").forEach(r -> actual.add(fieldIgnoringCase(r, field)));
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(result.get("totalSize").asInt()).isEqualTo(expected.size());
        assertThat(result.get("done").asBoolean()).isTrue();
    }

    @Test
    void queryWhenParentFieldsSelectedThenNestedObjectsWithAttributesAndNullForEmptyLookup() {
        JsonNode result = api.queryOk("select id, name, account.name, ACCOUNT.industry, Amount, CloseDate, IsWon "
                + "from opportunity where name in ('Acme Renewal', 'Old Deal') order by name");
        JsonNode acme = result.get("records").get(0);
        assertThat(acme.get("attributes").get("type").asText()).isEqualTo("Opportunity");
        assertThat(acme.get("attributes").get("url").asText())
                .isEqualTo(DataApiClient.API + "/sobjects/Opportunity/" + acme.get("Id").asText());
        assertThat(fieldNames(acme)).containsExactly("attributes", "Id", "Name", "Account", "Amount", "CloseDate",
                "IsWon");
        JsonNode account = acme.get("Account");
        assertThat(fieldNames(account)).containsExactly("attributes", "Name", "Industry");
        assertThat(account.get("attributes").get("type").asText()).isEqualTo("Account");
        assertThat(account.get("attributes").get("url").asText()).endsWith("/sobjects/Account/" + ids.get("Acme"));
        assertThat(account.get("Name").asText()).isEqualTo("Acme");
        assertThat(acme.get("Amount").isDouble()).isTrue();
        assertThat(acme.get("Amount").asDouble()).isEqualTo(50000.0);
        assertThat(acme.get("CloseDate").asText()).isEqualTo("2024-03-14");
        assertThat(acme.get("IsWon").asBoolean()).isTrue();
        JsonNode old = result.get("records").get(1);
        assertThat(old.has("Account")).isTrue();
        assertThat(old.get("Account").isNull()).isTrue();
    }

    @Test
    void queryWhenCountThenTotalSizeAndNoRecords() {
        JsonNode result = api.queryOk("SELECT COUNT() FROM Opportunity WHERE IsClosed = true");
        assertThat(result.get("totalSize").asInt()).isEqualTo(3);
        assertThat(result.get("done").asBoolean()).isTrue();
        assertThat(result.get("records")).isEmpty();
    }

    @Test
    void queryWhenDateTimeFieldsThenSalesforceFormatFromTheServerClock() {
        JsonNode acme = api.queryOk("SELECT CreatedDate, SystemModstamp, CreatedBy.Username FROM Account "
                + "WHERE Name = 'Acme'").get("records").get(0);
        assertThat(acme.get("CreatedDate").asText()).matches("2024-03-15T12:00:\\d\\d\\.\\d{3}\\+0000");
        assertThat(acme.get("CreatedBy").get("Username").asText()).isEqualTo(api.username());
    }

    @Test
    void queryWhenMoreRowsThanBatchSizeThenPagesThroughNextRecordsUrl() {
        HttpResponse<String> defined = api.admin("POST", "/objects", "{\"name\":\"Item__c\",\"fields\":[{\"name\":"
                + "\"Seq__c\",\"type\":\"int\"}]}");
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
        for (int i = 0; i < 230; i++) {
            api.create("Item__c", "{\"Seq__c\":" + i + "}");
        }
        String soql = "SELECT Seq__c FROM Item__c ORDER BY Seq__c";
        HttpResponse<String> first = api.server().send(HttpRequest.newBuilder(URI.create(api.server().baseUrl()
                + DataApiClient.API + "/query?q=" + DataApiClient.encode(soql)))
                .header("Authorization", "Bearer " + api.token()).header("Sforce-Query-Options", "batchSize=200")
                .build());
        JsonNode page1 = TestServer.json(first);
        assertThat(page1.get("totalSize").asInt()).isEqualTo(230);
        assertThat(page1.get("done").asBoolean()).isFalse();
        assertThat(page1.get("records")).hasSize(200);
        String next = page1.get("nextRecordsUrl").asText();
        assertThat(next).matches("/services/data/v66\\.0/query/01g\\w{15}-200");
        JsonNode page2 = TestServer.json(api.get(next));
        assertThat(page2.get("done").asBoolean()).isTrue();
        assertThat(page2.has("nextRecordsUrl")).isFalse();
        assertThat(page2.get("totalSize").asInt()).isEqualTo(230);
        assertThat(page2.get("records")).hasSize(30);
        assertThat(page2.get("records").get(0).get("Seq__c").asInt()).isEqualTo(200);
        assertThat(page2.get("records").get(29).get("Seq__c").asInt()).isEqualTo(229);
        // Without the header the batch is 2000: one page.
        JsonNode all = api.queryOk(soql);
        assertThat(all.get("records")).hasSize(230);
        assertThat(all.get("done").asBoolean()).isTrue();
        // A served-out or unknown locator is refused.
        JsonNode error = DataApiClient.error(api.get(next), 400);
        assertThat(error.get("errorCode").asText()).isEqualTo("INVALID_QUERY_LOCATOR");
    }

    private void account(String name, String more) {
        ids.put(name, api.create("Account", "{\"Name\":\"" + name.replace("\"", "\\\"") + "\"," + more + "}"));
    }

    private void contact(String first, String last, String account, String more) {
        String json = "{\"LastName\":\"" + last + "\"" + (first == null ? "" : ",\"FirstName\":\"" + first + "\"")
                + (account == null ? "" : ",\"AccountId\":\"" + ids.get(account) + "\"") + "," + more + "}";
        ids.put(last, api.create("Contact", json));
    }

    private void opportunity(String name, String account, String amount, String stage, String closeDate) {
        api.create("Opportunity", "{\"Name\":\"" + name + "\",\"StageName\":\"" + stage + "\",\"CloseDate\":\""
                + closeDate + "\"" + (amount == null ? "" : ",\"Amount\":" + amount)
                + (account == null ? "" : ",\"AccountId\":\"" + ids.get(account) + "\"") + "}");
    }

    private static Arguments q(String soql, String... expected) {
        return arguments(soql, List.of(expected));
    }

    private static String fieldIgnoringCase(JsonNode record, String field) {
        for (String name : fieldNames(record)) {
            if (name.equalsIgnoreCase(field)) {
                return record.get(name).asText();
            }
        }
        throw new AssertionError("no field " + field + " in " + record);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
