package dev.signet.server.console;

import dev.signet.server.admin.AdminException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reading console form fields. */
final class Forms {
    private static final int MAX_CERTIFICATE_BYTES = 64 * 1024;

    private Forms() {}

    /** The trimmed field, or null when absent or blank. */
    static String text(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The field as typed (passwords are not trimmed), or null. */
    static String raw(Context ctx, String name) {
        return ctx.formParam(name);
    }

    static boolean checked(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value != null && !value.equals("false");
    }

    /** Every value of a repeated field (checkboxes), without blanks or duplicates. */
    static List<String> values(Context ctx, String name) {
        return List.copyOf(new LinkedHashSet<>(ctx.formParams(name).stream().map(String::trim)
                .filter(s -> !s.isEmpty()).toList()));
    }

    /** A textarea or comma-separated field as a list of lines/items. */
    static List<String> lines(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? List.of()
                : Arrays.stream(value.split("[\\r\\n,]+")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static Set<String> set(Context ctx, String name) {
        return new LinkedHashSet<>(lines(ctx, name));
    }

    /** An uploaded certificate file (PEM or DER), else the pasted PEM text; null when neither. */
    static byte[] certificate(Context ctx, String fileField, String textField) {
        UploadedFile file = ctx.uploadedFile(fileField);
        if (file != null && file.size() > 0) {
            if (file.size() > MAX_CERTIFICATE_BYTES) {
                throw AdminException.badRequest("the certificate file is larger than 64 KB");
            }
            try (InputStream in = file.content()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String pem = text(ctx, textField);
        return pem == null ? null : pem.getBytes(StandardCharsets.US_ASCII);
    }

    /** An optional text field as the empty string when it is absent. */
    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
