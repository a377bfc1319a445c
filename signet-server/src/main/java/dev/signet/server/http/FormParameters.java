package dev.signet.server.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parameters of a form body; a body that is not a form has none. */
public final class FormParameters {
    private FormParameters() {}

    public static Map<String, List<String>> of(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return Map.of();
        }
        return ctx.formParamMap();
    }
}
