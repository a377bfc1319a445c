package dev.signet.server.identity;

import dev.signet.core.oauth.OAuth2Errors;
import dev.signet.core.oauth.OAuth2Exception;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.oauth.ClientAssertionAuthenticator;
import dev.signet.server.resource.ActiveTokens;
import java.util.List;
import java.util.Map;

/**
 * Token introspection: the client authenticates with a client assertion, then learns about a
 * token only if it is active and its own, or any active token when the app may "introspect all
 * tokens". Everything else, including other apps' tokens, answers {@code {"active":false}}.
 * {@code token_type_hint} is accepted and ignored (only access tokens exist).
 *
 * <p>Related specifications: RFC 7662 §2.1–2.3.
 */
public record TokenIntrospection(ClientAssertionAuthenticator clients, ActiveTokens tokens) {
    /**
     * @param endpointUrl the introspection endpoint's URL (an accepted client-assertion {@code aud})
     * @throws OAuth2Exception {@code invalid_client} (401) or {@code invalid_request} (400, no single {@code token})
     */
    public IntrospectionResponse introspect(Map<String, List<String>> params, String baseUrl, String endpointUrl)
            throws OAuth2Exception {
        ConnectedApp caller = clients.authenticate(params, endpointUrl);
        // token (REQUIRED, RFC 7662 §2.1)
        List<String> token = params.getOrDefault("token", List.of());
        if (token.size() != 1 || token.get(0).isBlank()) {
            throw new OAuth2Exception(OAuth2Errors.INVALID_REQUEST.withDescription("token is required, once"));
        }
        return tokens.find(token.get(0))
                .filter(t -> caller.introspectAllTokens() || t.app().id().equals(caller.id()))
                .map(t -> IntrospectionResponse.of(t, baseUrl))
                .orElse(IntrospectionResponse.INACTIVE);
    }
}
