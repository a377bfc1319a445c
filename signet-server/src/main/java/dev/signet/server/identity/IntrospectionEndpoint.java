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
public final class IntrospectionEndpoint {
    public static final String PATH = "/services/oauth2/introspect";
    private final TokenIntrospection introspection;
    private final String baseUrl;

    public IntrospectionEndpoint(TokenIntrospection introspection, String baseUrl) {
        this.introspection = introspection;
        this.baseUrl = baseUrl;
    }

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
