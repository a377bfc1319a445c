package dev.signet.server.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * A Logback pattern layout whose output, stack traces included, goes through {@link LogRedaction}
 * before it is written. The logging configurations of the server ({@code logback.xml} of the CLI)
 * use it for every appender:
 *
 * <pre>{@code
 * <encoder class="ch.qos.logback.core.encoder.LayoutWrappingEncoder">
 *   <layout class="dev.signet.server.logging.RedactingLayout"><pattern>%d %-5level %logger - %msg%n</pattern></layout>
 * </encoder>
 * }</pre>
 */
public final class RedactingLayout extends PatternLayout {
    @Override
    public String doLayout(ILoggingEvent event) {
        return LogRedaction.redact(super.doLayout(event));
    }
}
