package dev.signet.core.oauth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A successful token response as Salesforce sends it for the JWT bearer flow. Unknown fields are
 * ignored when parsing; {@code expiresIn} is {@code null} when the server sends none (Salesforce
 * never does).
 *
 * <p>Related specifications: RFC 6749 §5.1; Salesforce "OAuth 2.0 JWT Bearer Flow" response.
 *
 * @param accessToken the access token (never printed by {@link #toString()})
 * @param scope space-separated granted scopes
 * @param instanceUrl base URL for API calls
 * @param id identity URL, {@code BASE/id/ORG18/USER18}
 * @param tokenType {@code Bearer}
 * @param issuedAt issue time as milliseconds since the epoch, or {@code null}
 * @param expiresIn lifetime in seconds when the server sends one, or {@code null}
 * @param refreshToken the refresh token of the authorization-code flow, or {@code null} (never
 *     sent by the JWT bearer flow; never printed by {@link #toString()})
 */
public record TokenResponse(
        String accessToken, String scope, String instanceUrl, String id, String tokenType, Long issuedAt,
        Long expiresIn, String refreshToken) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public TokenResponse {
        Objects.requireNonNull(accessToken, "accessToken must not be null");
    }

    /** A response without a refresh token, as the JWT bearer flow answers. */
    public TokenResponse(String accessToken, String scope, String instanceUrl, String id, String tokenType,
            Long issuedAt, Long expiresIn) {
        this(accessToken, scope, instanceUrl, id, tokenType, issuedAt, expiresIn, null);
    }

    /** The JSON body, with fields in Salesforce's order. */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("access_token", accessToken);
        if (refreshToken != null) {
            node.put("refresh_token", refreshToken);
        }
        if (scope != null) {
            node.put("scope", scope);
        }
        if (instanceUrl != null) {
            node.put("instance_url", instanceUrl);
        }
        if (id != null) {
            node.put("id", id);
        }
        node.put("token_type", tokenType == null ? "Bearer" : tokenType);
        if (issuedAt != null) {
            node.put("issued_at", Long.toString(issuedAt));
        }
        if (expiresIn != null) {
            node.put("expires_in", expiresIn);
        }
        return node.toString();
    }

    /**
     * Parses a token response body.
     *
     * @throws IllegalArgumentException when the body is not JSON or has no {@code access_token}
     */
    public static TokenResponse parse(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("token response is not JSON");
        }
        if (node == null || !node.hasNonNull("access_token")) {
            throw new IllegalArgumentException("token response has no access_token");
        }
        return new TokenResponse(
                node.get("access_token").asText(),
                text(node, "scope"),
                text(node, "instance_url"),
                text(node, "id"),
                text(node, "token_type"),
                number(node, "issued_at"),
                number(node, "expires_in"),
                text(node, "refresh_token"));
    }

    /** The 18-character org ID: the second-last segment of the identity URL, as jsforce reads it. */
    public String organizationId() {
        return idSegment(2);
    }

    /** The 18-character user ID: the last segment of the identity URL. */
    public String userId() {
        return idSegment(1);
    }

    private String idSegment(int fromEnd) {
        if (id == null) {
            return null;
        }
        String[] parts = id.split("/");
        return parts.length >= fromEnd ? parts[parts.length - fromEnd] : null;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Long number(JsonNode node, String field) {
        if (!node.hasNonNull(field)) {
            return null;
        }
        try {
            return Long.parseLong(node.get(field).asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "TokenResponse[accessToken=<redacted>, refreshToken=" + (refreshToken == null ? "null" : "<redacted>")
                + ", scope=" + scope + ", instanceUrl=" + instanceUrl + ", id=" + id
                + ", tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
