package dev.signet.server.oauth;

import dev.signet.core.oauth.OAuth2Error;
import dev.signet.core.oauth.OAuth2Errors;
import dev.signet.core.oauth.OAuth2Exception;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.storage.AppRepository;
import java.util.List;
import java.util.Map;

/** Reading token-request parameters: each at most once. */
final class GrantParams {
    private GrantParams() {}

    /** The parameter's only value; {@code error} when it is missing, blank or repeated. */
    static String single(Map<String, List<String>> params, String name, OAuth2Error error) throws OAuth2Exception {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() != 1 || values.get(0).isBlank()) {
            throw new OAuth2Exception(error);
        }
        return values.get(0);
    }

    /** The parameter's only value, or null when missing or repeated. */
    static String optional(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.size() == 1 ? values.get(0) : null;
    }

    /** The enabled app whose consumer key is {@code client_id}; else {@code invalid_client_id}. */
    static ConnectedApp client(AppRepository apps, Map<String, List<String>> params) throws OAuth2Exception {
        String clientId = single(params, "client_id", OAuth2Errors.INVALID_CLIENT_ID);
        return apps.findByConsumerKey(clientId).filter(ConnectedApp::enabled)
                .orElseThrow(() -> new OAuth2Exception(OAuth2Errors.INVALID_CLIENT_ID));
    }
}
