package dev.signet.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.signet.server.SignetServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** {@code log.access}: a line per request with method, path, status and time; never the query string. */
class AccessLogTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().config(b -> b.accessLog(true)).build();

    @Test
    void requestWhenAccessLogOnThenLoggedWithoutItsQueryString() {
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Logger access = (Logger) LoggerFactory.getLogger("signet.access");
        access.addAppender(lines);
        try {
            server.get("/services/oauth2/userinfo?oauth_token=do-not-log-me", null);
            server.get("/no/such/path", null);
        } finally {
            access.detachAppender(lines);
        }
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(l -> l.matches("GET /services/oauth2/userinfo 4\\d\\d \\d+ms .+"))
                .anyMatch(l -> l.startsWith("GET /no/such/path 404 "))
                .noneMatch(l -> l.contains("do-not-log-me"));
    }
}
