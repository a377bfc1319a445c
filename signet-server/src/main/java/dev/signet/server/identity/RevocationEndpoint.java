package dev.signet.server.identity;

import dev.signet.core.oauth.OAuth2Exception;
import dev.signet.server.http.ErrorResponses;
import dev.signet.server.http.FormParameters;
import io.javalin.http.Context;

/**
 * {@code POST /services/oauth2/revoke} (form {@code token=…}) and Salesforce's "blind GET"
 * {@code GET /services/oauth2/revoke?token=…}: 200 with an empty body, or 400 with a form-encoded
 * error (see {@link ErrorResponses#revocation}).
 */
public final class RevocationEndpoint {
    private final TokenRevocation revocation;

    public RevocationEndpoint(TokenRevocation revocation) {
        this.revocation = revocation;
    }

    public void post(Context ctx) {
        handle(ctx, false);
    }

    public void get(Context ctx) {
        handle(ctx, true);
    }

    private void handle(Context ctx, boolean query) {
        try {
            revocation.revoke(query ? ctx.queryParamMap() : FormParameters.of(ctx));
            ErrorResponses.noStore(ctx);
            ctx.status(200).result("");
        } catch (OAuth2Exception e) {
            ErrorResponses.revocation(ctx, e.error());
        }
    }
}
