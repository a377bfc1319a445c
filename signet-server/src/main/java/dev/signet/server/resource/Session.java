package dev.signet.server.resource;

import dev.signet.server.http.ApiException;
import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.Org;
import dev.signet.server.model.User;

/** An authenticated API call: the token's record with the org, user and app it belongs to. */
public record Session(AccessTokenInfo token, Org org, User user, ConnectedApp app) {
    /**
     * Refuses (403, never 401: clients re-login on every 401) a session that has none of the
     * scopes, {@code full} counting as all.
     */
    public Session requireAnyScope(String... scopes) {
        if (!hasAnyScope(scopes)) {
            String list = scopes.length == 1 ? scopes[0]
                    : String.join(", ", java.util.Arrays.copyOf(scopes, scopes.length - 1)) + " or " + scopes[scopes.length - 1];
            throw new ApiException(403, "INSUFFICIENT_ACCESS", "This session lacks the " + list + " scope");
        }
        return this;
    }

    public boolean hasAnyScope(String... scopes) {
        for (String s : scopes) {
            if (token.scopes().contains(s)) {
                return true;
            }
        }
        return token.scopes().contains("full");
    }
}
