package dev.signet.server.http;

import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.Org;
import dev.signet.server.model.OrgStatus;
import dev.signet.server.model.User;
import dev.signet.server.storage.AppRepository;
import dev.signet.server.storage.TokenRepository;
import dev.signet.server.storage.UserRepository;
import dev.signet.server.token.AccessTokens;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Authenticates API calls by access token, from the {@code Authorization: Bearer} header or the
 * {@code oauth_token} parameter. The token must exist (by hash), be unexpired and unrevoked, and
 * its user, app and org must still be active: state is re-checked on every call.
 */
final class BearerAuthenticator {
    private final TokenRepository tokens;
    private final UserRepository users;
    private final AppRepository apps;
    private final Supplier<Org> org;
    private final Clock clock;

    BearerAuthenticator(TokenRepository tokens, UserRepository users, AppRepository apps, Supplier<Org> org,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.apps = apps;
        this.org = org;
        this.clock = clock;
    }

    Session authenticate(Context ctx) {
        String token = tokenFrom(ctx);
        AccessTokenInfo info = tokens.find(AccessTokens.hash(token)).orElseThrow(ApiException::invalidSession);
        if (info.revoked() || !clock.instant().isBefore(info.expiresAt())) {
            throw ApiException.invalidSession();
        }
        Org currentOrg = org.get();
        User user = users.findById(info.userId()).orElseThrow(ApiException::invalidSession);
        ConnectedApp app = apps.findById(info.appId()).orElseThrow(ApiException::invalidSession);
        if (!user.active() || user.frozen() || !app.enabled() || currentOrg.status() != OrgStatus.ACTIVE) {
            throw ApiException.invalidSession();
        }
        return new Session(info, currentOrg, user, app);
    }

    private static String tokenFrom(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null) {
            String[] parts = header.trim().split("\\s+", 2);
            if (parts.length != 2 || !(parts[0].equalsIgnoreCase("Bearer") || parts[0].equalsIgnoreCase("OAuth"))
                    || parts[1].isBlank()) {
                throw new ApiException(401, "INVALID_AUTH_HEADER", "INVALID_AUTH_HEADER");
            }
            return parts[1].trim();
        }
        String param = ctx.queryParam("oauth_token");
        if (param == null || param.isBlank()) {
            throw new ApiException(401, "INVALID_AUTH_HEADER", "INVALID_AUTH_HEADER");
        }
        return param;
    }
}
