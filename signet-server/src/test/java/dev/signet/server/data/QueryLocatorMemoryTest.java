package dev.signet.server.data;

import static dev.signet.server.data.DataApiClient.error;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rows kept behind query locators are bounded in (estimated) bytes, per user and for the org,
 * over a real server with large records: each locator of {@link #SMALL} keeps 100 rows of 1,500
 * characters (about 350 KB by the estimate), so the user budget (800 KiB) holds two and the org
 * budget (1,200 KiB) three. A new locator drops the least recently used until it fits; a dropped one
 * answers {@code INVALID_QUERY_LOCATOR}; a result over a whole budget is refused up front.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryLocatorMemoryTest {
    private static final String SMALL = "SELECT Id, F1__c FROM Blob__c ORDER BY Name LIMIT 300";
    private static final String TOO_LARGE = "SELECT Id, F1__c, F2__c FROM Blob__c";

    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder()
            .config(b -> b.locatorBytesPerUser(800 * 1024).locatorBytesPerOrg(1200 * 1024)).build();
    private DataApiClient alice;
    private DataApiClient bob;

    @BeforeAll
    void manyLargeRecords() {
        alice = new DataApiClient(server);
        bob = new DataApiClient(server);
        HttpResponse<String> defined = alice.admin("POST", "/objects", "{\"name\":\"Blob__c\",\"fields\":["
                + "{\"name\":\"F1__c\",\"type\":\"textarea\"},{\"name\":\"F2__c\",\"type\":\"textarea\"}]}");
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
        String text = "x".repeat(1_500);
        for (int i = 0; i < 400; i++) {
            alice.create("Blob__c", "{\"Name\":\"b" + (1000 + i) + "\",\"F1__c\":\"" + text + "\",\"F2__c\":\""
                    + text + "\"}");
        }
    }

    @Test
    void locatorsWhenUserThenOrgBudgetExceededThenLeastRecentlyUsedDroppedAndAnswerInvalidQueryLocator() {
        String a1 = open(alice, SMALL);
        String a2 = open(alice, SMALL);
        String a3 = open(alice, SMALL); // over alice's budget: a1 goes
        String b1 = open(bob, SMALL); // three in the org: fits
        String b2 = open(bob, SMALL); // over the org's budget: the org's oldest, a2, goes

        assertThat(error(alice.get(a1), 400).get("errorCode").asText()).isEqualTo("INVALID_QUERY_LOCATOR");
        assertThat(error(alice.get(a2), 400).get("errorCode").asText()).isEqualTo("INVALID_QUERY_LOCATOR");
        assertLastPage(alice.get(a3));
        assertLastPage(bob.get(b1));
        assertLastPage(bob.get(b2));
        assertThat(alice.queryOk("SELECT COUNT() FROM Blob__c").get("totalSize").asInt()).isEqualTo(400);
    }

    @Test
    void locatorWhenOwnersOtherLocatorsDroppedThenOtherUsersKeepTheirs() {
        String b = open(bob, SMALL);
        open(alice, SMALL);
        open(alice, SMALL);
        open(alice, SMALL); // alice's own oldest go, never bob's: the org holds three

        assertLastPage(bob.get(b));
    }

    @Test
    void queryWhenWhatWouldBeKeptExceedsTheBudgetThenRefusedUpFront() {
        HttpResponse<String> response = firstPage(alice, TOO_LARGE);

        JsonNode refused = error(response, 400);
        assertThat(refused.get("errorCode").asText()).isEqualTo("QUERY_TOO_COMPLICATED");
        assertThat(refused.get("message").asText()).contains("too large");
        assertThat(alice.queryOk(SMALL.replace("LIMIT 300", "LIMIT 5")).get("records")).hasSize(5);
    }

    private static String open(DataApiClient client, String soql) {
        HttpResponse<String> response = firstPage(client, soql);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode page = TestServer.json(response);
        assertThat(page.get("records")).hasSize(200);
        return page.get("nextRecordsUrl").asText();
    }

    private static HttpResponse<String> firstPage(DataApiClient client, String soql) {
        return server.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + DataApiClient.API + "/query?q="
                + DataApiClient.encode(soql))).header("Authorization", "Bearer " + client.token())
                .header("Sforce-Query-Options", "batchSize=200").build());
    }

    private static void assertLastPage(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode page = TestServer.json(response);
        assertThat(page.get("done").asBoolean()).isTrue();
        assertThat(page.get("records")).hasSize(100);
    }
}
