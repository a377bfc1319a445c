package dev.signet.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.core.oauth.OAuth2Error;
import dev.signet.server.ServerContext;
import dev.signet.server.admin.AdminException;
import dev.signet.server.adminapi.AdminApi;
import dev.signet.server.identity.IdentityEndpoint;
import dev.signet.server.oauth.TokenEndpoint;
import dev.signet.server.oauth.TokenService;
import dev.signet.server.resource.BearerAuthenticator;
import dev.signet.server.rest.ApiVersions;
import dev.signet.server.rest.DataApi;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** All HTTP routes and the exception mapping: the only code that knows Javalin. */
public final class HttpApi {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TokenEndpoint token;
    private final IdentityEndpoint identity;
    private final OAuthEndpoints oauth;
    private final AdminApi admin;
    private final DataApi data;

    public HttpApi(ServerContext context, TokenService tokens) {
        this.token = new TokenEndpoint(tokens, context.baseUrl());
        this.oauth = new OAuthEndpoints(context, JSON);
        BearerAuthenticator auth = oauth.bearer();
        this.identity = new IdentityEndpoint(auth, context.baseUrl(), JSON);
        this.data = new DataApi(context, auth, JSON);
        this.admin = new AdminApi(context.admin(), context.adminSecret(), JSON);
    }

    public void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.http.maxRequestSize = 1_000_000;
        var routes = config.routes;
        routes.post("/services/oauth2/token", token::handle);
        routes.get("/id/{orgId}/{userId}", identity::handle);
        oauth.register(routes);
        routes.get("/services/data", HttpApi::versions);
        routes.get("/services/data/", HttpApi::versions);
        data.register(routes);
        admin.register(routes);
        routes.exception(ApiException.class, (e, ctx) -> ErrorResponses.rest(ctx, e.status(), e.errorCode(), e.getMessage()));
        routes.exception(AdminException.class, (e, ctx) -> ErrorResponses.admin(ctx, e.status(), e.error(), e.getMessage()));
        routes.exception(Exception.class, HttpApi::unexpected);
    }

    private static void versions(Context ctx) {
        ctx.contentType(ErrorResponses.JSON_UTF8).result(ApiVersions.json(JSON));
    }

    // Never a stack trace to the caller: log it here, answer in the shape the caller's endpoint uses.
    private static void unexpected(Exception e, Context ctx) {
        LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
        if (ctx.path().startsWith("/services/oauth2/")) {
            ErrorResponses.oauth(ctx, new OAuth2Error("server_error", "internal server error", 500));
        } else if (ctx.path().startsWith(AdminApi.PREFIX)) {
            ErrorResponses.admin(ctx, 500, "server_error", "internal server error; see the server log");
        } else {
            ErrorResponses.rest(ctx, 500, "UNKNOWN_EXCEPTION", "An unexpected error occurred. Please check the server log.");
        }
    }
}
