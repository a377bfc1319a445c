package dev.signet.server.identity;

import dev.signet.server.http.HttpModule;
import dev.signet.server.keys.SigningKeys;
import dev.signet.server.oauth.ClientAssertionAuthenticator;
import dev.signet.server.resource.ActiveTokens;
import dev.signet.server.resource.BearerAuthenticator;
import io.javalin.config.RoutesConfig;

/**
 * What clients call after login: the identity URL, UserInfo, introspection (RFC 7662),
 * revocation (RFC 7009), OpenID discovery and the JWKS of JWT access tokens.
 */
public final class IdentityApi implements HttpModule {
    private final IdentityEndpoint identity;
    private final UserInfoEndpoint userInfo;
    private final IntrospectionEndpoint introspection;
    private final RevocationEndpoint revocation;
    private final DiscoveryEndpoint discovery;

    public IdentityApi(ActiveTokens tokens, BearerAuthenticator bearer, ClientAssertionAuthenticator clients,
            SigningKeys signingKeys, String baseUrl) {
        this.identity = new IdentityEndpoint(bearer, baseUrl);
        this.userInfo = new UserInfoEndpoint(bearer, baseUrl);
        this.introspection = new IntrospectionEndpoint(new TokenIntrospection(clients, tokens), baseUrl);
        this.revocation = new RevocationEndpoint(new TokenRevocation(tokens));
        this.discovery = new DiscoveryEndpoint(signingKeys, baseUrl);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/id/{orgId}/{userId}", identity::handle);
        routes.get("/services/oauth2/userinfo", userInfo::handle);
        routes.post("/services/oauth2/userinfo", userInfo::handle);
        routes.post(IntrospectionEndpoint.PATH, introspection::handle);
        routes.post("/services/oauth2/revoke", revocation::post);
        routes.get("/services/oauth2/revoke", revocation::get);
        routes.get("/.well-known/openid-configuration", discovery::openidConfiguration);
        routes.get("/id/keys", discovery::jwks);
    }
}
