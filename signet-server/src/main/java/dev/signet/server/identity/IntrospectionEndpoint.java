package dev.signet.server.identity;

import dev.signet.core.oauth.OAuth2Exception;
import dev.signet.server.http.JsonBody;
import dev.signet.server.http.ErrorResponses;
import dev.signet.server.http.FormParameters;
import io.javalin.http.Context;

/**
 * {@code POST /services/oauth2/introspect}: form in, {@code {"active":…}} out. Client
 * authentication by client assertion ({@code private_key_jwt}); errors as OAuth JSON (401
 * {@code invalid_client}, 400 {@code invalid_request}).
 */
public record IntrospectionEndpoint(TokenIntrospection introspection, String baseUrl) {
    public static final String PATH = "/services/oauth2/introspect";

    public void handle(Context ctx) {
        String base = baseUrl;
        try {
            IntrospectionResponse response = introspection.introspect(FormParameters.of(ctx), base, base + PATH);
            ErrorResponses.noStore(ctx);
            JsonBody.write(ctx, 200, response.toJson());
        } catch (OAuth2Exception e) {
            ErrorResponses.oauth(ctx, e.error());
        }
    }
}
