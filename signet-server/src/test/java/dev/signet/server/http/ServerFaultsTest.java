package dev.signet.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Genuine faults of the server: a table the request needs is gone from the database (renamed
 * under the running server, and back after the request). Each family answers 500 with a generic
 * body in its own shape that carries an error id; the one log line of the fault carries the same
 * id, and the body names nothing of the fault (no SQL, no table, no Java class).
 */
class ServerFaultsTest {
    private static final Pattern ERROR_ID = Pattern.compile("\\d{10}-\\d{1,5}");

    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger httpLog = (Logger) LoggerFactory.getLogger("dev.signet.server");

    @BeforeEach
    void captureLog() {
        log.start();
        httpLog.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        httpLog.detachAppender(log);
    }

    @Test
    void oauthEndpointWhenDatabaseFailsThen500ServerErrorWithIdInBodyAndLog() {
        String token = server.login(server.app(), server.user()).get("access_token").asText();

        HttpResponse<String> response = withoutTable("access_token",
                () -> server.get("/services/oauth2/userinfo", token));

        assertThat(response.statusCode()).isEqualTo(500);
        JsonNode body = TestServer.json(response);
        assertThat(body.get("error").asText()).isEqualTo("server_error");
        assertLoggedOnceWithSameId(body.get("error_description").asText(), response);
    }

    @Test
    void restApiWhenDatabaseFailsThen500UnknownExceptionWithIdInBodyAndLog() {
        String token = server.login(server.app(), server.user()).get("access_token").asText();

        HttpResponse<String> response = withoutTable("sobject_record",
                () -> server.get("/services/data/v62.0/query?q=SELECT+Id+FROM+Account", token));

        assertThat(response.statusCode()).isEqualTo(500);
        JsonNode error = TestServer.json(response).get(0);
        assertThat(error.get("errorCode").asText()).isEqualTo("UNKNOWN_EXCEPTION");
        assertThat(error.get("message").asText())
                .startsWith("An unexpected error occurred. Please include this ErrorId if you contact support: ");
        assertLoggedOnceWithSameId(error.get("message").asText(), response);
    }

    @Test
    void adminApiWhenDatabaseFailsThen500ServerErrorWithIdInBodyAndLog() {
        HttpResponse<String> response = withoutTable("login_history", () -> server.adminGet("/login-history"));

        assertThat(response.statusCode()).isEqualTo(500);
        JsonNode body = TestServer.json(response);
        assertThat(body.get("error").asText()).isEqualTo("server_error");
        assertLoggedOnceWithSameId(body.get("message").asText(), response);
    }

    @Test
    void consolePageWhenDatabaseFailsThen500HtmlPageWithIdInBodyAndLog() {
        HttpResponse<String> response = withoutTable("console_admin", () -> server.get("/console/login", null));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertLoggedOnceWithSameId(response.body(), response);
    }

    private HttpResponse<String> withoutTable(String table, Supplier<HttpResponse<String>> request) {
        server.server().jdbc().update("alter table " + table + " rename to " + table + "_gone");
        try {
            return request.get();
        } finally {
            server.server().jdbc().update("alter table " + table + "_gone rename to " + table);
        }
    }

    private void assertLoggedOnceWithSameId(String text, HttpResponse<String> response) {
        Matcher id = ERROR_ID.matcher(text);
        assertThat(id.find()).as("an error id in %s", text).isTrue();
        assertThat(log.list).as("the fault's log lines").hasSize(1);
        ILoggingEvent line = log.list.get(0);
        assertThat(line.getFormattedMessage()).contains("error id " + id.group());
        assertThat(line.getThrowableProxy()).as("the stack trace is in the log").isNotNull();
        assertThat(response.body().replace("UNKNOWN_EXCEPTION", "")).doesNotContainIgnoringCase("sql")
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("java.").doesNotContainIgnoringCase("_gone").doesNotContainIgnoringCase("h2");
    }
}
