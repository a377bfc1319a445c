package dev.signet.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.server.ServerContext;
import dev.signet.server.identity.DiscoveryEndpoint;
import dev.signet.server.identity.IntrospectionEndpoint;
import dev.signet.server.identity.RevocationEndpoint;
import dev.signet.server.identity.TokenIntrospection;
import dev.signet.server.identity.TokenRevocation;
import dev.signet.server.identity.UserInfoEndpoint;
import dev.signet.server.assertion.AudiencePolicy;
import dev.signet.server.oauth.ClientAssertionAuthenticator;
import dev.signet.server.resource.ActiveTokens;
import dev.signet.server.resource.BearerAuthenticator;
import dev.signet.server.resource.JwtTokenVerifier;
import dev.signet.server.resource.OpaqueTokenVerifier;
import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * The OAuth and OpenID endpoints around the token endpoint: UserInfo, introspection,
 * revocation, discovery and JWKS; and the bearer authentication every API shares.
 */
final class OAuthEndpoints {
    private final BearerAuthenticator bearer;
    private final UserInfoEndpoint userInfo;
    private final IntrospectionEndpoint introspection;
    private final RevocationEndpoint revocation;
    private final DiscoveryEndpoint discovery;

    OAuthEndpoints(ServerContext context, ObjectMapper json) {
        ActiveTokens tokens = new ActiveTokens(List.of(
                new JwtTokenVerifier(context.signingKeys(), context.tokens(), context.clock()),
                new OpaqueTokenVerifier(context.tokens())),
                context.tokens(), context.users(), context.apps(), context.org(), context.clock());
        this.bearer = new BearerAuthenticator(tokens);
        ClientAssertionAuthenticator clients = new ClientAssertionAuthenticator(context.apps(), context.tokens(),
                new AudiencePolicy(context.baseUrl(), context.config().extraAudiences()), context.config().clockSkew(),
                context.config().strictMaxAssertionLifetime(), context.clock());
        this.userInfo = new UserInfoEndpoint(bearer, context.baseUrl(), json);
        this.introspection = new IntrospectionEndpoint(new TokenIntrospection(clients, tokens), context.baseUrl());
        this.revocation = new RevocationEndpoint(new TokenRevocation(tokens));
        this.discovery = new DiscoveryEndpoint(context.signingKeys(), context.baseUrl(), json);
    }

    /** Bearer-token authentication for every API (opaque and JWT access tokens). */
    BearerAuthenticator bearer() {
        return bearer;
    }

    void register(RoutesConfig routes) {
        routes.get("/services/oauth2/userinfo", userInfo::handle);
        routes.post("/services/oauth2/userinfo", userInfo::handle);
        routes.post(IntrospectionEndpoint.PATH, introspection::handle);
        routes.post("/services/oauth2/revoke", revocation::post);
        routes.get("/services/oauth2/revoke", revocation::get);
        routes.get("/.well-known/openid-configuration", discovery::openidConfiguration);
        routes.get("/id/keys", discovery::jwks);
    }
}
