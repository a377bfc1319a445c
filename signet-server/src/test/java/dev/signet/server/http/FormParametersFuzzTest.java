package dev.signet.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.javalin.http.BadRequestResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fuzzes the form parser (scripts/fuzz.sh; the saved corpus under
 * {@code FormParametersFuzzTestInputs/} runs as regression tests in every build). Invariant: any
 * body gives a parameter map, or the documented 400 for a broken percent-escape; nothing else.
 */
class FormParametersFuzzTest {
    // Bytes, decoded as FormParameters.of decodes a request body.
    @FuzzTest
    void formBody(byte[] bytes) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        Map<String, List<String>> params;
        try {
            params = FormParameters.parse(body);
        } catch (BadRequestResponse e) {
            assertThat(e.getStatus()).isEqualTo(400);
            assertThat(e.getMessage()).startsWith("malformed form body");
            assertThat(body).contains("%");
            return;
        }
        params.forEach((name, values) -> assertThat(values).isNotEmpty().doesNotContainNull());
        // What was read, written back as a form, reads the same: nothing is lost or invented.
        assertThat(FormParameters.parse(encode(params))).isEqualTo(params);
    }

    private static String encode(Map<String, List<String>> params) {
        return params.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
