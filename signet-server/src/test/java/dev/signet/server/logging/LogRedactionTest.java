package dev.signet.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

/** Secret-looking values are masked in any log line; everything else is left as it is. */
class LogRedactionTest {
    private static final String TOKEN = "00D5g000004bqRP!AQ4AQHkLoBq3nS_x.yz";
    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIzTVZHOSJ9.c2lnbmF0dXJl-_x";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            GET /services/oauth2/userinfo?oauth_token=abc123&x=1 | GET /services/oauth2/userinfo?oauth_token=[redacted]&x=1
            /id/00D/005?access_token=abc&format=json              | /id/00D/005?access_token=[redacted]&format=json
            ?oauth%5Ftoken=abc                                    | ?oauth%5Ftoken=[redacted]
            grant_type=refresh_token&refresh_token=5Aep861&client_id=3MVG9 | grant_type=refresh_token&refresh_token=[redacted]&client_id=3MVG9
            grant_type=authorization_code&code=aPrx&code_verifier=xyz | grant_type=authorization_code&code=[redacted]&code_verifier=[redacted]
            username=ada&password=hunter2&csrf=q1                  | username=ada&password=[redacted]&csrf=[redacted]
            {"access_token":"abc\\"d","instance_url":"http://x"}  | {"access_token":"[redacted]","instance_url":"http://x"}
            Authorization: Bearer s3cr3t.value!                   | Authorization: Bearer [redacted]
            Authorization: Basic dXNlcjpwYXNz                     | Authorization: Basic [redacted]
            """)
    void redactWhenSecretParameterOrHeaderThenValueMasked(String line, String expected) {
        assertThat(LogRedaction.redact(line)).isEqualTo(expected);
    }

    @Test
    void redactWhenAccessTokenOrJwtStandsAloneThenMasked() {
        assertThat(LogRedaction.redact("token " + TOKEN + " revoked")).isEqualTo("token 00D5g000004bqRP![redacted] revoked");
        assertThat(LogRedaction.redact("encoded 00D5g000004bqRP%21AQ4AQHk.x")).isEqualTo("encoded 00D5g000004bqRP![redacted]");
        assertThat(LogRedaction.redact("assertion " + JWT + " refused")).isEqualTo("assertion [redacted] refused");
    }

    @Test
    void redactWhenJettyLogsTheRequestOfAnOversizedErrorPageThenNoTokenRemains() {
        String jetty = "Error page too large: >8192 400 Bad HostPort oejsh.ErrorHandler$ErrorRequest@348db83b:GET@73d76214 "
                + "/services/oauth2/userinfo?oauth_token=" + TOKEN + "&x=<<<";

        assertThat(LogRedaction.redact(jetty)).doesNotContain("AQ4AQHk").contains("oauth_token=[redacted]&x=<<<");
    }

    @Test
    void redactWhenNothingSecretThenUnchanged() {
        String line = "unexpected error, error id 1969460515-61442, on GET /services/data/v62.0/query/01g5g00000abcDEF-200";

        assertThat(LogRedaction.redact(line)).isEqualTo(line);
        assertThat(LogRedaction.redact("Signet server listening on http://127.0.0.1:8080")).endsWith("127.0.0.1:8080");
    }

    @Test
    void layoutWhenEventHasSecretInMessageAndStackTraceThenBothRedacted() {
        RedactingLayout layout = new RedactingLayout();
        layout.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        layout.setPattern("%level %msg%n");
        layout.start();
        LoggingEvent event = new LoggingEvent("x", ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("t"),
                Level.WARN, "bad request {}", new IllegalStateException("Bearer " + TOKEN),
                new Object[] {"?access_token=" + TOKEN});

        String line = layout.doLayout(event);

        assertThat(line).startsWith("WARN bad request ?access_token=[redacted]").contains("Bearer [redacted]")
                .doesNotContain("AQ4AQHk");
    }
}
