package dev.signet.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How a setting's value is read from text (config file, environment) and written back
 * ({@code --print-config}, docs). Parse errors are {@link IllegalArgumentException}s whose message
 * says what is accepted; the caller adds which key and where.
 */
public final class ValueType<T> {
    public static final ValueType<String> TEXT = new ValueType<>("text", s -> s, s -> s);
    /** Text whose {@code password=} parameter is never shown. */
    public static final ValueType<String> JDBC_URL =
            new ValueType<>("jdbc-url", s -> s, s -> s, StorageConfig::redactUrl);
    public static final ValueType<Path> PATH = new ValueType<>("path", Path::of, Path::toString);
    public static final ValueType<Integer> PORT = new ValueType<>("port", ValueType::port, String::valueOf);
    public static final ValueType<Integer> COUNT = new ValueType<>("count", ValueType::count, String::valueOf);
    public static final ValueType<Boolean> BOOLEAN = new ValueType<>("boolean", ValueType::bool, String::valueOf);
    public static final ValueType<Duration> DURATION =
            new ValueType<>("duration", Durations::parse, Durations::format);
    /** Sizes in bytes: {@code 32MiB}, {@code 512KiB}, plain bytes. */
    public static final ValueType<Long> BYTES = new ValueType<>("size", ByteSizes::parse, ByteSizes::format);
    /** The embedded database: {@code sqlite} or {@code h2}. */
    public static final ValueType<String> EMBEDDED_STORE =
            new ValueType<>("store", ValueType::embeddedStore, s -> s);
    /** Comma-separated in text; a YAML list in the config file. */
    public static final ValueType<List<String>> LIST =
            new ValueType<>("list", ValueType::list, v -> String.join(",", v));

    private final String name;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;
    private final UnaryOperator<String> shown;

    private ValueType(String name, Function<String, T> parser, Function<T, String> formatter) {
        this(name, parser, formatter, UnaryOperator.identity());
    }

    private ValueType(String name, Function<String, T> parser, Function<T, String> formatter,
            UnaryOperator<String> shown) {
        this.name = name;
        this.parser = parser;
        this.formatter = formatter;
        this.shown = shown;
    }

    /** The type's name in docs: {@code text}, {@code port}, {@code duration}, … */
    public String name() {
        return name;
    }

    public T parse(String text) {
        return parser.apply(text);
    }

    /** The value as text {@link #parse} reads back; {@code null} stays {@code null}. */
    public String format(T value) {
        return value == null ? null : formatter.apply(value);
    }

    /** The value as it may be shown in logs and {@code --print-config}. */
    public String show(T value) {
        return value == null ? null : shown.apply(formatter.apply(value));
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("expected a port number from 0 to 65535 (0 picks a free one)");
    }

    private static int count(String text) {
        try {
            int count = Integer.parseInt(text.trim());
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("expected a whole number, 0 or more");
    }

    private static boolean bool(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }

    private static String embeddedStore(String text) {
        String store = text.trim().toLowerCase(Locale.ROOT);
        if (store.equals(StorageConfig.SQLITE) || store.equals(StorageConfig.H2)) {
            return store;
        }
        throw new IllegalArgumentException("expected sqlite or h2");
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
