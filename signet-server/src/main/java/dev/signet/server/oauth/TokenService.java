package dev.signet.server.oauth;

import dev.signet.core.oauth.OAuth2Errors;
import dev.signet.core.oauth.OAuth2Exception;
import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.login.RequestInfo;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Picks the grant handler by {@code grant_type}; adding a grant means adding a handler. */
public final class TokenService {
    private final Map<String, GrantHandler> handlers;

    public TokenService(List<GrantHandler> handlers) {
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(GrantHandler::grantType, Function.identity()));
    }

    public TokenResponse handle(Map<String, List<String>> params, RequestInfo request) throws OAuth2Exception {
        // grant_type (REQUIRED, RFC 6749 §4.5 / RFC 7523 §2.1)
        List<String> grantType = params.getOrDefault("grant_type", List.of());
        GrantHandler handler = grantType.size() == 1 ? handlers.get(grantType.get(0)) : null;
        if (handler == null) {
            throw new OAuth2Exception(OAuth2Errors.UNSUPPORTED_GRANT_TYPE);
        }
        return handler.handle(params, request);
    }
}
