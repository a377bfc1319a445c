package dev.signet.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.signet.server.SignetServerExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Request line and header limits, sent as raw bytes the way an attacker would: a URL or headers
 * over {@link HttpServer#MAX_REQUEST_HEADER_BYTES} are a clean 414 / 431, malformed requests a 400,
 * each in the caller's error shape where the path is known; none echoes the request, and none puts
 * the request line (with its {@code oauth_token}) in the log.
 */
class RequestLimitsTest {
    private static final String SECRET = "00DLEAKCANARY0001!AQ.canaryTokenValue";

    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void nothingOfTheRequestLogged() {
        root.detachAppender(log);
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains("canary") || line.contains("oauth_token"));
    }

    @Test
    void urlWhenLongerThanTheLimitThen414EchoingNothing() {
        String answer = raw("GET /services/oauth2/userinfo?oauth_token=" + SECRET + "&x=" + "a".repeat(17_000)
                + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 414 ").doesNotContain("canary");
    }

    @Test
    void urlWhenJustUnderTheLimitThenServed() {
        String answer = raw("GET /services/oauth2/userinfo?x=" + "a".repeat(15_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 401 ");
    }

    @Test
    void headersWhenLargerThanTheLimitThen431InTheShapeOfEachFamily() {
        String big = "X-Big: " + "b".repeat(17_000) + "\r\n";

        String oauth = raw("GET /services/oauth2/userinfo?oauth_token=" + SECRET + " HTTP/1.1\r\nHost: localhost\r\n"
                + big + "\r\n");
        String rest = raw("GET /services/data/v62.0/query?q=x HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + SECRET + "\r\n" + big + "\r\n");
        String admin = raw("GET /admin/api/apps HTTP/1.1\r\nHost: localhost\r\n" + big + "\r\n");

        assertThat(oauth).startsWith("HTTP/1.1 431 ").doesNotContain("canary")
                .endsWith("{\"error\":\"invalid_request\",\"error_description\":\"Request Header Fields Too Large\"}");
        assertThat(rest).startsWith("HTTP/1.1 431 ").doesNotContain("canary")
                .endsWith("[{\"message\":\"Request Header Fields Too Large\",\"errorCode\":\"INVALID_REQUEST\"}]");
        assertThat(admin).startsWith("HTTP/1.1 431 ")
                .endsWith("{\"error\":\"invalid_request\",\"message\":\"Request Header Fields Too Large\"}");
    }

    @Test
    void requestWhenHostMalformedAndUrlLongThen400WithoutEchoNorLoggedRequestLine() {
        // Jetty's own error page echoes the URI; past its buffer it logs the request line instead.
        String answer = raw("GET /services/oauth2/userinfo?oauth_token=" + SECRET + "&x=" + "<".repeat(8_000)
                + " HTTP/1.1\r\nHost: a b\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400 ").doesNotContain("canary")
                .endsWith("{\"error\":\"invalid_request\",\"error_description\":\"Bad Request\"}");
    }

    @Test
    void requestWhenHeaderLineMalformedThen400EchoingNothing() {
        String answer = raw("GET /services/oauth2/userinfo?oauth_token=" + SECRET + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Not a header\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400 ").doesNotContain("canary");
    }

    @Test
    void tokenRequestWhenBodyEndsEarlyThen400NotAServerFault() {
        String answer = raw("POST /services/oauth2/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                + "application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\ngrant_type=x");

        assertThat(answer).startsWith("HTTP/1.1 400 ")
                .endsWith("{\"error\":\"invalid_request\",\"error_description\":\"the request ended early\"}");
        assertThat(log.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.ERROR));
    }

    // Sends the bytes, closes the sending side (a cut-off body ends there) and reads the answer.
    private static String raw(String request) {
        URI base = URI.create(server.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
