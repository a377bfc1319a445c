package dev.signet.server.oauth;

import dev.signet.core.oauth.OAuth2Exception;
import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.login.RequestInfo;
import java.util.List;
import java.util.Map;

/** Handles one grant type at the token endpoint. */
public interface GrantHandler {
    /** The {@code grant_type} value this handler serves. */
    String grantType();

    /**
     * Handles a token request whose {@code grant_type} is {@link #grantType()}.
     *
     * @param params the form parameters (extra parameters are tolerated)
     */
    TokenResponse handle(Map<String, List<String>> params, RequestInfo request) throws OAuth2Exception;
}
