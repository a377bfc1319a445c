package dev.signet.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** {@code log.format: json}: one JSON object per line, redacted like the text lines. */
class LogFormatTest {
    @AfterEach
    void restoreTheTestLogging() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void jsonWhenAMessageCarriesASecretThenOneRedactedJsonObjectPerLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LogFormat.json(out);

        LoggerFactory.getLogger("signet.test").info("token response {}", "{\"access_token\":\"00Dxx!secret.value\"}");

        String line = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(line.lines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("logger_name").asText()).isEqualTo("signet.test");
        assertThat(json.get("message").asText()).contains("[redacted]").doesNotContain("secret.value");
    }
}
