package dev.signet.server.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The error a case must get, in the shape of its endpoint family: OAuth JSON (RFC 6749 §5.2),
 * the revocation endpoint's form, Salesforce's REST error array, the admin error object, an HTML
 * page, a redirect to the client's callback, or the plain text of the HTTP layer.
 */
record Expect(Kind kind, String code, String detail) {
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Kind { OAUTH, REVOCATION, REST, ADMIN, PAGE, REDIRECT, PLAIN, JSON_FIELD, EMPTY }

    /** {@code {"error":code,"error_description":description}}; a null description must be absent. */
    static Expect oauth(String code, String description) {
        return new Expect(Kind.OAUTH, code, description);
    }

    static Expect revocation(String code, String description) {
        return new Expect(Kind.REVOCATION, code, description);
    }

    /** {@code [{"errorCode":code,"message":…}]}, the message containing {@code messagePart}. */
    static Expect rest(String code, String messagePart) {
        return new Expect(Kind.REST, code, messagePart);
    }

    /** {@code {"error":code,"message":…}}, the message containing {@code messagePart}. */
    static Expect admin(String code, String messagePart) {
        return new Expect(Kind.ADMIN, code, messagePart);
    }

    /** An HTML page containing {@code text}. */
    static Expect page(String text) {
        return new Expect(Kind.PAGE, null, text);
    }

    /** A redirect whose Location contains {@code part} (errors sent to the client's callback). */
    static Expect redirect(String part) {
        return new Expect(Kind.REDIRECT, null, part);
    }

    /** Plain text containing {@code text} (what the HTTP layer answers by itself). */
    static Expect plain(String text) {
        return new Expect(Kind.PLAIN, null, text);
    }

    /** A JSON object whose {@code field} is {@code value} (e.g. introspection's {@code active}). */
    static Expect json(String field, String value) {
        return new Expect(Kind.JSON_FIELD, field, value);
    }

    static Expect empty() {
        return new Expect(Kind.EMPTY, null, null);
    }

    /** Null when the answer has this shape and error, else what differs. */
    String mismatch(Answer a) {
        return switch (kind) {
            case OAUTH -> a.contentType().startsWith("application/json") ? oauthMismatch(json(a)) : "not JSON";
            case REVOCATION -> oauthMismatch(form(a.body()));
            case REST -> restMismatch(json(a));
            case ADMIN -> adminMismatch(json(a));
            case PAGE -> a.contentType().startsWith("text/html") && a.body().contains(detail) ? null
                    : "not an HTML page with " + detail;
            case REDIRECT -> a.header("Location") != null && a.header("Location").contains(detail) ? null
                    : "no Location with " + detail;
            case PLAIN -> a.contentType().startsWith("text/plain") && a.body().contains(detail) ? null
                    : "not plain text with " + detail;
            case JSON_FIELD -> detail.equals(text(json(a).get(code))) ? null : code + " is not " + detail;
            case EMPTY -> a.body().isEmpty() ? null : "body not empty";
        };
    }

    private String oauthMismatch(JsonNode body) {
        if (body == null || !body.isObject() || !code.equals(text(body.get("error")))) {
            return "error is not " + code;
        }
        String description = text(body.get("error_description"));
        return java.util.Objects.equals(description, detail) ? null : "error_description is " + description;
    }

    private String restMismatch(JsonNode body) {
        JsonNode first = body != null && body.isArray() && body.size() == 1 ? body.get(0) : null;
        if (first == null || !code.equals(text(first.get("errorCode")))) {
            return "not one REST error " + code;
        }
        return String.valueOf(text(first.get("message"))).contains(detail) ? null : "message lacks " + detail;
    }

    private String adminMismatch(JsonNode body) {
        if (body == null || !body.isObject() || !code.equals(text(body.get("error")))) {
            return "admin error is not " + code;
        }
        return String.valueOf(text(body.get("message"))).contains(detail) ? null : "message lacks " + detail;
    }

    private static JsonNode json(Answer a) {
        try {
            return JSON.readTree(a.body());
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                fields.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return JSON.valueToTree(fields);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + (code == null ? "" : " " + code)
                + (detail == null ? "" : " «" + detail + "»");
    }
}
