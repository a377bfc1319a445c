package dev.signet.server.resource;

import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.Org;
import dev.signet.server.model.User;
import dev.signet.server.storage.TokenRef;

/**
 * A genuine, unexpired, unrevoked access token whose user, app and org are active.
 *
 * @param ref how its record is found
 */
public record ActiveToken(TokenRef ref, AccessTokenInfo info, Org org, User user, ConnectedApp app) {
    /** The identity URL of the token's user, {@code BASE/id/ORG18/USER18}. */
    public String identityUrl(String baseUrl) {
        return baseUrl + "/id/" + org.id() + "/" + user.id();
    }
}
