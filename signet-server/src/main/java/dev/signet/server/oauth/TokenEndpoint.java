package dev.signet.server.oauth;

import dev.signet.core.oauth.OAuth2Error;
import dev.signet.core.oauth.OAuth2Exception;
import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.http.ErrorResponses;
import dev.signet.server.http.FormParameters;
import dev.signet.server.http.HttpModule;
import dev.signet.server.http.JsonBody;
import dev.signet.server.http.Paths;
import dev.signet.server.login.RequestInfo;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /services/oauth2/token}: form in, token or OAuth error out. A body that is not a form
 * has no grant_type, which answers unsupported_grant_type; one that cannot be read (too large, cut
 * short) answers invalid_request with its status. Every attempt ends in Login History.
 */
public record TokenEndpoint(TokenService tokens, String baseUrl) implements HttpModule {
    public static final String PATH = Paths.TOKEN;

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::handle);
    }

    private void handle(Context ctx) {
        RequestInfo request = new RequestInfo(ctx.ip(), ctx.header("User-Agent"), baseUrl);
        try {
            TokenResponse response = tokens.handle(parameters(ctx, request), request);
            ErrorResponses.noStore(ctx);
            JsonBody.write(ctx, 200, response.toJson());
        } catch (OAuth2Exception e) {
            ErrorResponses.oauth(ctx, e.error());
        }
    }

    private Map<String, List<String>> parameters(Context ctx, RequestInfo request) throws OAuth2Exception {
        try {
            return FormParameters.of(ctx);
        } catch (HttpResponseException e) {
            throw tokens.unreadable(new OAuth2Error("invalid_request", e.getMessage(), e.getStatus()), request);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw tokens.unreadable(new OAuth2Error("invalid_request", "the Content-Type names an unknown charset", 415),
                    request);
        }
    }
}
