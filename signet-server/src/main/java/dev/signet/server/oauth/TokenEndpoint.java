package dev.signet.server.oauth;

import dev.signet.core.oauth.OAuth2Exception;
import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.http.ErrorResponses;
import dev.signet.server.http.JsonBody;
import dev.signet.server.login.RequestInfo;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@code POST /services/oauth2/token}: form in, token or OAuth error out. */
public final class TokenEndpoint {
    private final TokenService tokens;
    private final Supplier<String> baseUrl;

    public TokenEndpoint(TokenService tokens, Supplier<String> baseUrl) {
        this.tokens = tokens;
        this.baseUrl = baseUrl;
    }

    public void handle(Context ctx) {
        RequestInfo request = new RequestInfo(ctx.ip(), ctx.header("User-Agent"), baseUrl.get());
        try {
            TokenResponse response = tokens.handle(formParameters(ctx), request);
            ErrorResponses.noStore(ctx);
            JsonBody.write(ctx, 200, response.toJson());
        } catch (OAuth2Exception e) {
            ErrorResponses.oauth(ctx, e.error());
        }
    }

    // A body that is not a form has no grant_type, which answers unsupported_grant_type.
    private static Map<String, List<String>> formParameters(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return Map.of();
        }
        return ctx.formParamMap();
    }
}
