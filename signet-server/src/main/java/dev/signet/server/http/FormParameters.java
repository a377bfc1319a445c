package dev.signet.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a form body, read the way OAuth defines forms: the media type exactly
 * {@code application/x-www-form-urlencoded} (parameters after {@code ;} allowed), decoded as UTF-8
 * whatever charset the Content-Type names (RFC 6749 Appendix B). A body that is not a form has none.
 */
public final class FormParameters {
    public static final String FORM = "application/x-www-form-urlencoded";

    /** A body that could not be read: too large (413), cut short or malformed (400). */
    public static final class UnreadableBody extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;

        UnreadableBody(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private FormParameters() {}

    /** The form's parameters; a body that cannot be read is refused by the HTTP layer in the caller's shape. */
    public static Map<String, List<String>> of(Context ctx) {
        if (!isForm(ctx.contentType())) {
            return Map.of();
        }
        // refused on its declared length, before a client that waits for "100 Continue" sends it
        if (ctx.req().getContentLengthLong() > HttpServer.MAX_REQUEST_BYTES) {
            throw new HttpResponseException(413, "Content Too Large");
        }
        return parse(new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8));
    }

    /** The form's parameters, or the reason the body cannot be read, for a caller that records every attempt. */
    public static Map<String, List<String>> read(Context ctx) throws UnreadableBody {
        try {
            return of(ctx);
        } catch (HttpResponseException e) {
            throw new UnreadableBody(e.getStatus(), e.getMessage());
        } catch (Exception e) {
            int status = Refusals.clientFault(e);
            if (status == 0) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
            throw new UnreadableBody(status, status == 415 ? Refusals.UNKNOWN_CHARSET
                    : "the request body could not be read");
        }
    }

    /** Whether the media type is exactly the form type. */
    public static boolean isForm(String contentType) {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip();
        return mediaType.toLowerCase(Locale.ROOT).equals(FORM);
    }

    static Map<String, List<String>> parse(String body) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        params.replaceAll((name, values) -> Collections.unmodifiableList(values));
        return Collections.unmodifiableMap(params);
    }

    // A malformed escape (%zz) stays as written: the value is then simply wrong, not unreadable.
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
