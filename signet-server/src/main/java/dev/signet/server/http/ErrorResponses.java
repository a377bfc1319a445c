package dev.signet.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.core.oauth.ErrorResponse;
import dev.signet.core.oauth.OAuth2Error;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The one place that writes error bodies: OAuth errors ({@code {"error":…,"error_description":…}},
 * RFC 6749 §5.2; revocation errors as a form) and Salesforce REST errors
 * ({@code [{"message":…,"errorCode":…}]}), with the headers Salesforce sends.
 */
public final class ErrorResponses {
    public static final String JSON_UTF8 = "application/json;charset=UTF-8";
    static final String FORM_UTF8 = "application/x-www-form-urlencoded;charset=UTF-8";
    private static final String HTML_UTF8 = "text/html; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorResponses() {}

    public static void oauth(Context ctx, OAuth2Error error) {
        noStore(ctx);
        ctx.status(error.httpStatus()).contentType(JSON_UTF8).result(ErrorResponse.toJson(error));
    }

    /**
     * A revocation error. Salesforce answers these as a form, {@code error=…&error_description=…}
     * (jsforce parses the body so); a client that asks for JSON ({@code Accept: application/json})
     * gets the JSON body instead.
     */
    public static void revocation(Context ctx, OAuth2Error error) {
        String accept = ctx.header("Accept");
        if (accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json")) {
            oauth(ctx, error);
            return;
        }
        noStore(ctx);
        StringBuilder body = new StringBuilder("error=").append(URLEncoder.encode(error.code(), StandardCharsets.UTF_8));
        if (error.description() != null) {
            body.append("&error_description=").append(URLEncoder.encode(error.description(), StandardCharsets.UTF_8));
        }
        ctx.status(error.httpStatus()).contentType(FORM_UTF8).result(body.toString());
    }

    public static void rest(Context ctx, int status, String errorCode, String message) {
        rest(ctx, status, errorCode, message, List.of());
    }

    /** A REST error that names the fields it is about (DML errors do). */
    public static void rest(Context ctx, int status, String errorCode, String message, List<String> fields) {
        ctx.status(status).contentType(JSON_UTF8).result(restJson(errorCode, message, fields));
    }

    /** Admin API errors: {@code {"error":…,"message":…}}. */
    public static void admin(Context ctx, int status, String error, String message) {
        ctx.status(status).contentType(JSON_UTF8).result(adminJson(error, message));
    }

    /**
     * The answer to a fault of the server itself: a generic body in the caller's endpoint family
     * that carries {@code errorId}, the id the fault's log line carries too. Never a detail of the fault.
     */
    public static void serverFault(Context ctx, String errorId) {
        switch (Paths.Family.of(ctx.path())) {
            case OAUTH -> oauth(ctx, new OAuth2Error("server_error", "internal server error (error id " + errorId + ")",
                    500));
            case ADMIN -> admin(ctx, 500, "server_error", "internal server error; the server log has the details "
                    + "under error id " + errorId);
            case PAGE -> {
                noStore(ctx);
                ctx.status(500).contentType(HTML_UTF8).header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'").result(faultPage(errorId));
            }
            default -> rest(ctx, 500, "UNKNOWN_EXCEPTION", "An unexpected error occurred. Please include this ErrorId "
                    + "if you contact support: " + errorId);
        }
    }

    /**
     * The body of a refusal the HTTP layer makes before any endpoint runs (a header or URL over its
     * limit, a malformed request line): the status's reason phrase in the shape of the family that
     * {@code path} belongs to. Nothing of the request is echoed.
     */
    public static Body protocolError(String path, int status, String reason) {
        return switch (Paths.Family.of(path)) {
            case OAUTH -> new Body(JSON_UTF8, ErrorResponse.toJson(new OAuth2Error("invalid_request", reason, status)));
            case ADMIN -> new Body(JSON_UTF8, adminJson("invalid_request", reason));
            case REST -> new Body(JSON_UTF8, restJson("INVALID_REQUEST", reason, List.of()));
            default -> new Body("text/plain; charset=utf-8", status + " " + reason + "\n");
        };
    }

    /** {@link #protocolError(String, int, String)} as the answer to {@code ctx}. */
    public static void protocolError(Context ctx, int status, String reason) {
        Body body = protocolError(ctx.path(), status, reason);
        ctx.status(status).contentType(body.contentType()).result(body.text());
    }

    /** A body and its content type, for code that writes to Jetty directly. */
    public record Body(String contentType, String text) {}

    private static String restJson(String errorCode, String message, List<String> fields) {
        ArrayNode body = JSON.createArrayNode();
        ObjectNode error = body.addObject().put("message", message).put("errorCode", errorCode);
        if (!fields.isEmpty()) {
            fields.forEach(error.putArray("fields")::add);
        }
        return body.toString();
    }

    private static String adminJson(String error, String message) {
        return JSON.createObjectNode().put("error", error).put("message", message).toString();
    }

    private static String faultPage(String errorId) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Error</title></head><body>"
                + "<h1>Something went wrong</h1><p>The server log has the details under error id " + errorId
                + ".</p></body></html>\n";
    }

    /** The cache headers Salesforce puts on token responses (spec §3). */
    public static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private");
        ctx.header("Pragma", "no-cache");
        ctx.header("Expires", "Thu, 01 Jan 1970 00:00:00 GMT");
    }
}
