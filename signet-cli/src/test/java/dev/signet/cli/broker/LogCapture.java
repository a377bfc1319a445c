package dev.signet.cli.broker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything the JVM logs through SLF4J while it is open, down to DEBUG, with stack traces: the
 * text a broker's log file would hold, for tests that grep it for secrets.
 */
final class LogCapture implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger signet = (Logger) LoggerFactory.getLogger("dev.signet");
    private final Level signetLevel = signet.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LogCapture() {
        appender.start();
        root.addAppender(appender);
        signet.setLevel(Level.DEBUG);
    }

    /** The log lines so far: level, logger, message and any stack trace. */
    synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(appender.list)) {
            String trace = event.getThrowableProxy() == null ? ""
                    : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
            lines.add(event.getLevel() + " " + event.getLoggerName() + " - " + event.getFormattedMessage() + trace);
        }
        return lines;
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        signet.setLevel(signetLevel);
    }
}
