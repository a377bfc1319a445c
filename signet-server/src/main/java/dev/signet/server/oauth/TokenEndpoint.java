package dev.signet.server.oauth;

import dev.signet.core.oauth.OAuth2Exception;
import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.http.ErrorResponses;
import dev.signet.server.http.FormParameters;
import dev.signet.server.http.HttpModule;
import dev.signet.server.http.JsonBody;
import dev.signet.server.login.RequestInfo;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code POST /services/oauth2/token}: form in, token or OAuth error out. */
public record TokenEndpoint(TokenService tokens, String baseUrl) implements HttpModule {
    public static final String PATH = "/services/oauth2/token";

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::handle);
    }

    private void handle(Context ctx) {
        RequestInfo request = new RequestInfo(ctx.ip(), ctx.header("User-Agent"), baseUrl);
        try {
            // A body that is not a form has no grant_type, which answers unsupported_grant_type.
            TokenResponse response = tokens.handle(FormParameters.of(ctx), request);
            ErrorResponses.noStore(ctx);
            JsonBody.write(ctx, 200, response.toJson());
        } catch (OAuth2Exception e) {
            ErrorResponses.oauth(ctx, e.error());
        }
    }
}
