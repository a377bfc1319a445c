package dev.signet.cli.e2e;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON reader and writer for the end-to-end tests. They avoid Jackson on purpose:
 * failsafe puts the shaded {@code signet-cli.jar} on the test classpath ahead of the dependency
 * jars, so Jackson would be loaded lazily from a file that a concurrent {@code ./signet} or
 * {@code mvn package} may replace mid-run ({@code NoClassDefFoundError}). The tests depend only
 * on the JDK, JUnit and AssertJ.
 *
 * <p>Values: {@code Map<String, Object>} (insertion-ordered), {@code List<Object>}, {@code String},
 * {@code BigDecimal}, {@code Boolean} and {@code null}.
 */
final class Json {
    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    /** Parses a whole JSON document; anything else fails the test with the (redacted) text. */
    static Object parse(String text) {
        Json parser = new Json(text == null ? "" : text);
        try {
            Object value = parser.value();
            parser.whitespace();
            if (parser.pos != parser.text.length()) {
                throw parser.error("trailing characters");
            }
            return value;
        } catch (IllegalArgumentException e) {
            throw new AssertionError("not JSON (" + e.getMessage() + "): " + Processes.redact(text), e);
        }
    }

    /** Parses a JSON object. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new AssertionError("not a JSON object: " + Processes.redact(text));
        }
        return (Map<String, Object>) value;
    }

    /** Parses a JSON array of objects. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> arrayOfObjects(String text) {
        Object value = parse(text);
        if (!(value instanceof List<?> list) || !list.stream().allMatch(v -> v instanceof Map)) {
            throw new AssertionError("not a JSON array of objects: " + Processes.redact(text));
        }
        return (List<Map<String, Object>>) value;
    }

    /** {@code object[key]} as text: strings as they are, numbers and booleans printed, null/missing as "". */
    static String str(Map<String, Object> object, String key) {
        Object value = object.get(key);
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal n ? n.toPlainString() : value.toString();
    }

    /** A JSON object with string values, in the given order, without whitespace. */
    static String write(Map<String, String> members) {
        StringBuilder out = new StringBuilder("{");
        members.forEach((k, v) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(out, k);
            out.append(':');
            quote(out, v);
        });
        return out.append('}').toString();
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private Object value() {
        whitespace();
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        whitespace();
        if (peek('}')) {
            pos++;
            return map;
        }
        while (true) {
            whitespace();
            if (!peek('"')) {
                throw error("expected a member name");
            }
            String key = string();
            whitespace();
            expect(':');
            map.put(key, value());
            whitespace();
            if (peek(',')) {
                pos++;
            } else {
                expect('}');
                return map;
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        whitespace();
        if (peek(']')) {
            pos++;
            return list;
        }
        while (true) {
            list.add(value());
            whitespace();
            if (peek(',')) {
                pos++;
            } else {
                expect(']');
                return list;
            }
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("bad \\u escape");
                    }
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw error("bad escape \\" + e);
            }
        }
        throw error("unterminated string");
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character");
        }
        pos += word.length();
        return value;
    }

    private BigDecimal number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (start == pos) {
            throw error("unexpected character");
        }
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw error("bad number");
        }
    }

    private void whitespace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " at offset " + pos);
    }
}
