package dev.signet.server.oauth;

import dev.signet.server.secrets.AccessTokens;

/** Salesforce's classic opaque session ID, {@code <15-char org id>!<random>}. */
public final class OpaqueAccessTokenIssuer implements AccessTokenIssuer {
    @Override
    public String issue(TokenContext context) {
        return AccessTokens.newToken(context.org().id15(), context.id());
    }
}
