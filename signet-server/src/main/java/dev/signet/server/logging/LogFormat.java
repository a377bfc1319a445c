package dev.signet.server.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import net.logstash.logback.encoder.LogstashEncoder;
import org.slf4j.LoggerFactory;

/**
 * Switches the process's log lines to JSON (logstash-logback-encoder, one object per line) for
 * {@code log.format: json}. Only the server process does this (the CLI's {@code server} command),
 * and only when asked: an embedded server leaves its host's logging alone. Every JSON line goes
 * through {@link LogRedaction} like the text lines do.
 */
public final class LogFormat {
    private LogFormat() {}

    /** Replaces the root logger's appenders with one writing redacted JSON lines to standard error. */
    public static void json() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            throw new IllegalStateException("log.format json needs Logback (logback-classic) on the class path");
        }
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setTarget("System.err");
        install(context, appender);
    }

    /** As {@link #json()}, writing to {@code out} (tests). */
    static void json(OutputStream out) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.core.OutputStreamAppender<ILoggingEvent> appender = new ch.qos.logback.core.OutputStreamAppender<>();
        appender.setOutputStream(out);
        install(context, appender);
    }

    private static void install(LoggerContext context, ch.qos.logback.core.OutputStreamAppender<ILoggingEvent> appender) {
        RedactingJsonEncoder encoder = new RedactingJsonEncoder();
        encoder.setContext(context);
        encoder.start();
        appender.setContext(context);
        appender.setName("json");
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.addAppender(appender);
    }

    /**
     * A Logstash JSON line whose message is redacted before it is escaped into JSON (where quotes
     * would hide a secret from the patterns), then the whole line once more (stack traces).
     */
    static final class RedactingJsonEncoder extends LogstashEncoder {
        @Override
        public byte[] encode(ILoggingEvent event) {
            return LogRedaction.redact(new String(super.encode(redacted(event)), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
        }

        // The event as it is, but for its message: formatted, redacted, with no arguments left to add.
        private static ILoggingEvent redacted(ILoggingEvent event) {
            String message = LogRedaction.redact(event.getFormattedMessage());
            return (ILoggingEvent) Proxy.newProxyInstance(ILoggingEvent.class.getClassLoader(),
                    new Class<?>[] {ILoggingEvent.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getFormattedMessage", "getMessage" -> message;
                        case "getArgumentArray" -> null;
                        default -> invoke(method, event, args);
                    });
        }

        private static Object invoke(Method method, ILoggingEvent event, Object[] args) throws Throwable {
            try {
                return method.invoke(event, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
