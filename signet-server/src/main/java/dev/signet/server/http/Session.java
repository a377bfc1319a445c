package dev.signet.server.http;

import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.Org;
import dev.signet.server.model.User;

/** An authenticated API call: the token's record with the org, user and app it belongs to. */
record Session(AccessTokenInfo token, Org org, User user, ConnectedApp app) {
    boolean hasAnyScope(String... scopes) {
        for (String s : scopes) {
            if (token.scopes().contains(s)) {
                return true;
            }
        }
        return token.scopes().contains("full");
    }
}
