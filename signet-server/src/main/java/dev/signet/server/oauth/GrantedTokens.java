package dev.signet.server.oauth;

import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.LoginEvent;
import dev.signet.server.model.Org;
import dev.signet.server.model.RefreshTokenInfo;
import dev.signet.server.model.User;
import dev.signet.server.secrets.AccessTokens;
import dev.signet.server.secrets.RandomTokens;
import dev.signet.server.storage.RefreshTokenRepository;
import dev.signet.server.storage.TokenRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Issues the tokens of the authorization-code and refresh-token grants: an access token from the
 * {@link AccessTokenIssuer} (opaque or JWT, per app) stored by hash, and for the code grant a
 * refresh token when the scopes include {@code refresh_token} or {@code offline_access}.
 */
public record GrantedTokens(
        TokenRepository tokens, RefreshTokenRepository refreshTokens, AccessTokenIssuer issuer, Clock clock) {
    /** The response, and the hashes of the tokens in it (the refresh token's null when there is none). */
    record Issued(TokenResponse response, String accessTokenHash, String refreshTokenHash) {}

    /** Issues the tokens; {@code login}, when not null, is the Login History entry stored with the access token. */
    Issued issue(Org org, ConnectedApp app, User user, List<String> scopes, boolean withRefreshToken,
            String baseUrl, LoginEvent login) {
        Instant now = clock.instant();
        AccessTokenInfo info = new AccessTokenInfo(org.id(), user.id(), app.id(), scopes, now,
                now.plus(Duration.ofMinutes(app.sessionTimeoutMinutes())), false);
        TokenContext context = new TokenContext(org, app, user, info, baseUrl);
        String accessToken = issuer.issue(context);
        String accessTokenHash = AccessTokens.hash(accessToken);
        tokens.issue(accessTokenHash, info, null, null, login);
        String refreshToken = null;
        String refreshTokenHash = null;
        if (withRefreshToken && allowsRefresh(scopes)) {
            refreshToken = RandomTokens.next();
            refreshTokenHash = AccessTokens.hash(refreshToken);
            refreshTokens.insert(new RefreshTokenInfo(refreshTokenHash, app.id(), user.id(), scopes, now, false));
        }
        return new Issued(new TokenResponse(accessToken, String.join(" ", scopes), baseUrl, context.identityUrl(),
                "Bearer", now.toEpochMilli(), null, refreshToken), accessTokenHash, refreshTokenHash);
    }

    static boolean allowsRefresh(List<String> scopes) {
        return scopes.contains("refresh_token") || scopes.contains("offline_access");
    }
}
