package dev.signet.server.identity;

import static dev.signet.server.http.Json.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.signet.server.http.JsonBody;
import dev.signet.server.keys.SigningKeys;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code GET /.well-known/openid-configuration}: Salesforce's document verbatim (resource
 * {@code openid-configuration.json}, saved from login.salesforce.com) with this server's base URL
 * as issuer and in every endpoint, plus the RFC 8414 auth-method lists for introspection
 * ({@code private_key_jwt}) and revocation ({@code none}), which Salesforce omits.
 * {@code GET /id/keys}: the JWK Set of the keys that sign JWT access tokens.
 */
public final class DiscoveryEndpoint {
    private static final String SALESFORCE = "https://login.salesforce.com";
    private final ObjectNode template;
    private final SigningKeys keys;
    private final String baseUrl;

    public DiscoveryEndpoint(SigningKeys keys, String baseUrl) {
        this.keys = keys;
        this.baseUrl = baseUrl;
        this.template = load();
    }

    public void openidConfiguration(Context ctx) {
        String base = baseUrl;
        ObjectNode doc = template.deepCopy();
        for (Map.Entry<String, JsonNode> field : doc.properties()) {
            if (field.getValue().isTextual() && field.getValue().asText().startsWith(SALESFORCE)) {
                field.setValue(TextNode.valueOf(base + field.getValue().asText().substring(SALESFORCE.length())));
            }
        }
        doc.putArray("introspection_endpoint_auth_methods_supported").add("private_key_jwt");
        doc.putArray("revocation_endpoint_auth_methods_supported").add("none");
        JsonBody.write(ctx, 200, doc.toString());
    }

    public void jwks(Context ctx) {
        JsonBody.write(ctx, 200, keys.publicJwks().toString(true));
    }

    private static ObjectNode load() {
        try (InputStream in = DiscoveryEndpoint.class.getResourceAsStream("openid-configuration.json")) {
            if (in == null) {
                throw new IllegalStateException("resource openid-configuration.json is missing");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
