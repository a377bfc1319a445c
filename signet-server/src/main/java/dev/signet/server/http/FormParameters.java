package dev.signet.server.http;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a form body ({@code application/x-www-form-urlencoded}, WHATWG URL §5.1); a
 * body of another type has none. Decoding is strict: a broken percent-escape is a 400 in the
 * endpoint family's error shape, never a parameter that silently reads as null (Javalin's own
 * parser drops what it cannot decode).
 */
public final class FormParameters {
    public static final String FORM_TYPE = "application/x-www-form-urlencoded";

    private FormParameters() {}

    /** The body's parameters in order of first appearance; none when the body is not a form. */
    public static Map<String, List<String>> of(Context ctx) {
        // Bytes, not ctx.body(): that decodes with the request's charset, which a client may name wrongly.
        return isForm(ctx.contentType()) ? parse(new String(body(ctx), StandardCharsets.UTF_8)) : Map.of();
    }

    // A body that cannot be read (cut short, malformed chunks, over the limit) is the client's fault:
    // a 400 the endpoint answers in its own shape (the token endpoint records it in Login History).
    private static byte[] body(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (RuntimeException e) {
            int status = Refusals.clientFault(e);
            if (status == 0 || status == 415) {
                throw e;
            }
            throw new HttpResponseException(status == 413 ? 413 : 400,
                    "the request body could not be read: " + (status == 413 ? "Content Too Large" : "Bad Request"));
        }
    }

    /** Exactly the form media type, with or without parameters ({@code ;charset=UTF-8}). */
    public static boolean isForm(String contentType) {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip();
        return mediaType.equalsIgnoreCase(FORM_TYPE);
    }

    /** Parses a form body: {@code &}-separated {@code name=value} pairs, {@code +} for space, UTF-8 escapes. */
    public static Map<String, List<String>> parse(String body) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        params.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(params);
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s.indexOf('+') < 0 ? s : s.replace('+', ' '); // most values (an assertion) need no decoding
        }
        StringBuilder out = new StringBuilder(s.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%') {
                bytes.write(hexByte(s, i));
                i += 3;
                continue;
            }
            flush(bytes, out);
            out.append(c == '+' ? ' ' : c);
            i++;
        }
        flush(bytes, out);
        return out.toString();
    }

    // A run of escapes is one UTF-8 sequence; invalid UTF-8 reads as U+FFFD, as browsers decode it.
    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() == 0) {
            return;
        }
        byte[] run = bytes.toByteArray();
        // One ASCII byte (%3A) needs no decoder.
        out.append(run.length == 1 && run[0] >= 0 ? String.valueOf((char) run[0]) : new String(run, StandardCharsets.UTF_8));
        bytes.reset();
    }

    private static int hexByte(String s, int at) {
        int high = at + 1 < s.length() ? hexDigit(s.charAt(at + 1)) : -1;
        int low = at + 2 < s.length() ? hexDigit(s.charAt(at + 2)) : -1;
        if (high < 0 || low < 0) {
            throw new BadRequestResponse("malformed form body: '%' must be followed by two hexadecimal digits");
        }
        return high << 4 | low;
    }

    // ASCII only: Character.digit would also take other scripts' digits ('٣').
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }
}
