package dev.signet.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.SignetServerExtension;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link SalesforceApi#query} paging against the real server's data API: 450 Accounts come back
 * in three pages of at most 200 when the batch size asks for it ({@code nextRecordsUrl} followed
 * twice), in one page of the default 2000 otherwise.
 */
class QueryPagingTest {
    private static final int ACCOUNTS = 450;
    private static final String SOQL = "SELECT Name FROM Account WHERE Name LIKE 'Paging %' ORDER BY Name";
    private static final List<String> NAMES = IntStream.range(0, ACCOUNTS)
            .mapToObj(i -> String.format(Locale.ROOT, "Paging %03d", i)).toList();

    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();
    private static CountingTransport transport;
    private static SalesforceApi api;

    @BeforeAll
    static void start() {
        transport = new CountingTransport();
        CachingTokenSource tokens = SignetTestSupport.client(server, server.createApp(), server.createUser())
                .build().cachingTokenSource();
        api = SalesforceApi.builder(tokens).transport(transport).build();
        // The data API creates one record per request (no composite API): 450 small POSTs, about
        // as fast one after the other as from a few threads.
        NAMES.forEach(name -> api.post("sobjects/Account", "{\"Name\":\"" + name + "\"}"));
    }

    @Test
    void queryWhenBatchSizeSmallerThanResultThenAllPagesCollected() {
        int before = transport.apiRequests();

        List<JsonNode> records = api.query(SOQL, 200);

        assertThat(records).extracting(r -> r.get("Name").asText()).containsExactlyElementsOf(NAMES);
        assertThat(transport.apiRequests() - before).as("pages of 200, 200 and 50").isEqualTo(3);
    }

    @Test
    void queryWhenDefaultBatchSizeThenOnePage() {
        int before = transport.apiRequests();

        List<JsonNode> records = api.query(SOQL);

        assertThat(records).extracting(r -> r.get("Name").asText()).containsExactlyElementsOf(NAMES);
        assertThat(transport.apiRequests() - before).isEqualTo(1);
    }

    @Test
    void queryWhenBatchSizeOutsideSalesforceBoundsThenRefused() {
        assertThatThrownBy(() -> api.query(SOQL, 199)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batchSize must be 200 to 2000, got 199");
        assertThatThrownBy(() -> api.query(SOQL, 2001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queryWhenMalformedThenErrorCodeFromSalesforceBody() {
        SalesforceApiException e = catchThrowableOfType(SalesforceApiException.class, () -> api.query("SELECT FROM"));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errorCode()).isEqualTo("MALFORMED_QUERY");
        assertThat(e.getMessage()).contains("MALFORMED_QUERY: ").endsWith("unexpected token: <EOF>");
    }
}
