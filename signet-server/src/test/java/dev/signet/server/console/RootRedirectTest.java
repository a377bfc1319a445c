package dev.signet.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Opening the server's URL in a browser leads to the console. */
class RootRedirectTest {
    @Test
    void rootWhenOpenedThenSeeOtherToConsole() {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> response = server.get("/", null);

            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).hasValue("/console");
        }
    }
}
