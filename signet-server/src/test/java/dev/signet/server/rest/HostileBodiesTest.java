package dev.signet.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.data.DataApiClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * REST bodies as an attacker writes them: each gets Salesforce's 400 error array with the exact
 * code, never a 500, and no message names the JSON parser's classes or settings.
 */
class HostileBodiesTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();
    static DataApiClient api;

    @BeforeAll
    static void login() {
        api = new DataApiClient(server);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nested arrays    | {"Name":"a","Description":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]} | JSON_PARSER_ERROR
            huge number      | {"Name":"a","AnnualRevenue":1e400}                    | JSON_PARSER_ERROR
            long number      | {"Name":"a","AnnualRevenue":11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111} | JSON_PARSER_ERROR
            NaN              | {"Name":"a","AnnualRevenue":NaN}                      | JSON_PARSER_ERROR
            not JSON         | Name=a                                                | JSON_PARSER_ERROR
            empty            | ''                                                    | JSON_PARSER_ERROR
            array            | [1,2]                                                 | JSON_PARSER_ERROR
            """)
    void createWhenBodyHostileThen400InRestShape(String name, String body, String errorCode) {
        HttpResponse<String> response = api.send("POST", "sobjects/Account", body);

        JsonNode error = DataApiClient.error(response, 400);
        assertThat(error.get("errorCode").asText()).as(name).isEqualTo(errorCode);
        assertThat(error.get("message").asText()).as(name)
                .doesNotContain("StreamReadConstraints", "JsonReadFeature", "com.fasterxml", "java.");
    }
}
