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
import dev.signet.server.secrets.TokenId;
import dev.signet.server.storage.TokenRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Issues the tokens of the authorization-code and refresh-token grants: an access token from the
 * {@link AccessTokenIssuer} (opaque or JWT, per app) stored by {@link AccessTokenMinting}, and for the code grant a
 * refresh token when the scopes include {@code refresh_token} or {@code offline_access}.
 */
public record GrantedTokens(AccessTokenMinting minting, RefreshTokenRepository refreshTokens, Clock clock) {
    /**
     * The response, and how to find its tokens again: the access token's {@link TokenRef#text()}
     * and the refresh token's hash (null when there is none).
     */
    record Issued(TokenResponse response, String accessTokenRef, String refreshTokenHash) {}

    /** Issues the tokens; {@code login}, when not null, is the Login History entry stored with the access token. */
    Issued issue(Org org, ConnectedApp app, User user, List<String> scopes, boolean withRefreshToken,
            String baseUrl, LoginEvent login) {
        Instant now = clock.instant();
        AccessTokenInfo info = new AccessTokenInfo(org.id(), user.id(), app.id(), scopes, now,
                now.plus(Duration.ofMinutes(app.sessionTimeoutMinutes())), false);
        TokenContext context = new TokenContext(TokenId.next(now), org, app, user, info, baseUrl);
        String accessToken = minting.mint(context, null, null, login);
        String refreshToken = null;
        String refreshTokenHash = null;
        if (withRefreshToken && allowsRefresh(scopes)) {
            refreshToken = RandomTokens.next();
            refreshTokenHash = AccessTokens.hash(refreshToken);
            refreshTokens.insert(new RefreshTokenInfo(refreshTokenHash, app.id(), user.id(), scopes, now, false));
        }
        return new Issued(new TokenResponse(accessToken, String.join(" ", scopes), baseUrl, context.identityUrl(),
                "Bearer", now.toEpochMilli(), null, refreshToken), context.id().hex(), refreshTokenHash);
    }

    static boolean allowsRefresh(List<String> scopes) {
        return scopes.contains("refresh_token") || scopes.contains("offline_access");
    }
}
