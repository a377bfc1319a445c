package dev.signet.server.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.resource.ActiveToken;

/**
 * An introspection answer as Salesforce gives it: {@code {"active":false}}, or {@code active},
 * {@code scope}, {@code client_id}, {@code username}, {@code sub} (the identity URL),
 * {@code token_type} ({@code access_token}), {@code exp}, {@code iat}, {@code nbf}, in that order.
 *
 * <p>Related specifications: RFC 7662 §2.2; Salesforce "OpenID Connect Token Introspection Endpoint".
 */
public record IntrospectionResponse(
        boolean active, String scope, String clientId, String username, String sub, Long exp, Long iat, Long nbf) {
    public static final IntrospectionResponse INACTIVE =
            new IntrospectionResponse(false, null, null, null, null, null, null, null);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What an app learns about an active token. */
    public static IntrospectionResponse of(ActiveToken token, String baseUrl) {
        long iat = token.info().issuedAt().getEpochSecond();
        return new IntrospectionResponse(true, String.join(" ", token.info().scopes()), token.app().consumerKey(),
                token.user().username(), token.identityUrl(baseUrl), token.info().expiresAt().getEpochSecond(), iat,
                iat);
    }

    public String toJson() {
        ObjectNode node = JSON.createObjectNode().put("active", active);
        if (active) {
            node.put("scope", scope).put("client_id", clientId).put("username", username).put("sub", sub)
                    .put("token_type", "access_token").put("exp", exp).put("iat", iat).put("nbf", nbf);
        }
        return node.toString();
    }

    /** Parses {@link #toJson()}'s output (or any RFC 7662 answer). */
    public static IntrospectionResponse parse(String json) {
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("introspection response is not JSON");
        }
        if (n == null || !n.path("active").isBoolean()) {
            throw new IllegalArgumentException("introspection response has no boolean active");
        }
        return new IntrospectionResponse(n.get("active").asBoolean(), text(n, "scope"), text(n, "client_id"),
                text(n, "username"), text(n, "sub"), number(n, "exp"), number(n, "iat"), number(n, "nbf"));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static Long number(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asLong() : null;
    }
}
