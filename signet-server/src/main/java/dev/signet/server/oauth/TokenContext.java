package dev.signet.server.oauth;

import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.Org;
import dev.signet.server.model.User;
import dev.signet.server.secrets.TokenId;

/**
 * What an {@link AccessTokenIssuer} knows about the token to make.
 *
 * @param id the key the record is stored under, carried by the token (a JWT's {@code jti})
 * @param info the record that will be stored (scopes, issue and expiry times)
 * @param baseUrl this server's base URL (no trailing slash)
 */
public record TokenContext(TokenId id, Org org, ConnectedApp app, User user, AccessTokenInfo info, String baseUrl) {
    /** The identity URL, {@code BASE/id/ORG18/USER18}. */
    public String identityUrl() {
        return baseUrl + "/id/" + org.id() + "/" + user.id();
    }
}
