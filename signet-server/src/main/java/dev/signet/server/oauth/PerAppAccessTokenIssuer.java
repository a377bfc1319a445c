package dev.signet.server.oauth;

import java.util.Objects;

/** JWT-based access tokens for apps that enabled them, opaque ones for the others. */
public final class PerAppAccessTokenIssuer implements AccessTokenIssuer {
    private final AccessTokenIssuer opaque;
    private final AccessTokenIssuer jwt;

    public PerAppAccessTokenIssuer(AccessTokenIssuer opaque, AccessTokenIssuer jwt) {
        this.opaque = Objects.requireNonNull(opaque, "opaque must not be null");
        this.jwt = Objects.requireNonNull(jwt, "jwt must not be null");
    }

    @Override
    public String issue(TokenContext context) {
        return (context.app().jwtAccessTokens() ? jwt : opaque).issue(context);
    }

    @Override
    public boolean provesItself(TokenContext context) {
        return (context.app().jwtAccessTokens() ? jwt : opaque).provesItself(context);
    }
}
