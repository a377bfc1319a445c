package dev.signet.core.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Serializes and parses the OAuth error body {@code {"error":…,"error_description":…}}. */
public final class ErrorResponse {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorResponse() {}

    /** The compact JSON body, as Salesforce writes it (no whitespace). */
    public static String toJson(OAuth2Error error) {
        ObjectNode node = JSON.createObjectNode();
        node.put("error", error.code());
        if (error.description() != null) {
            node.put("error_description", error.description());
        }
        return node.toString();
    }

    /**
     * Parses an error body; a body that is not an OAuth error becomes {@code ERROR_HTTP_<status>}
     * with the raw body as description, the way jsforce reports it.
     */
    public static OAuth2Error parse(String body, int httpStatus) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.hasNonNull("error")) {
                String description = node.hasNonNull("error_description") ? node.get("error_description").asText() : null;
                return new OAuth2Error(node.get("error").asText(), description, httpStatus);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // fall through: not JSON
        }
        return new OAuth2Error("ERROR_HTTP_" + httpStatus, body, httpStatus);
    }
}
