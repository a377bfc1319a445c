package dev.signet.server.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.SignetServerExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The authorization endpoint with parameters missing or repeated: its HTML error page, never a 500. */
class AuthorizeParametersTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"", "response_type=code", "client_id=a&client_id=b&redirect_uri=x&response_type=code",
        "response_type=code&response_type=code&client_id=x"})
    void authorizeWhenParametersMissingOrRepeatedThenErrorPage(String query) {
        HttpResponse<String> response = server.get(AuthorizeEndpoint.PATH + "?" + query, null);

        assertThat(response.statusCode()).as(query).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("invalid_client_id");
    }
}
