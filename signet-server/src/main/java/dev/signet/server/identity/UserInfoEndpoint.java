package dev.signet.server.identity;

import static dev.signet.server.http.Json.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.http.JsonBody;
import dev.signet.server.model.User;
import dev.signet.server.resource.BearerAuthenticator;
import dev.signet.server.resource.Session;
import io.javalin.http.Context;

/**
 * {@code GET|POST /services/oauth2/userinfo}: the OpenID Connect UserInfo response with
 * Salesforce's fields (spec §5). sfdx-core reads {@code user_id} and {@code organization_id}.
 * Needs one of the scopes {@code openid}, {@code id}, {@code profile}, {@code email},
 * {@code address}, {@code phone} or {@code full} (else 403 {@code INSUFFICIENT_ACCESS}); every
 * field is returned whichever of them the token has.
 *
 * <p>Related specifications: OpenID Connect Core 1.0 §5.3.
 */
public record UserInfoEndpoint(BearerAuthenticator auth, String baseUrl) {
    private static final String[] SCOPES = {"openid", "id", "profile", "email", "address", "phone"};

    public void handle(Context ctx) {
        Session session = auth.authenticate(ctx).requireAnyScope(SCOPES);
        String version = IdentityFields.version(ctx.queryParam("version"));
        JsonBody.write(ctx, 200, userInfo(session, version).toString());
    }

    private ObjectNode userInfo(Session s, String version) {
        User u = s.user();
        String base = baseUrl;
        ObjectNode n = JSON.createObjectNode();
        n.put("sub", base + "/id/" + s.org().id() + "/" + u.id());
        n.put("user_id", u.id());
        n.put("organization_id", s.org().id());
        n.put("preferred_username", u.username());
        n.put("nickname", u.username().split("@")[0]);
        n.put("name", u.displayName());
        n.put("email", u.email());
        n.put("email_verified", true);
        n.put("given_name", u.firstName());
        n.put("family_name", u.lastName());
        n.put("zoneinfo", "GMT");
        IdentityFields.photos(n.putObject("photos"), base);
        n.put("profile", base + "/" + u.id());
        n.put("picture", base + "/profilephoto/005/F");
        n.putObject("address").putNull("country");
        n.put("is_salesforce_integration_user", false);
        IdentityFields.urls(n.putObject("urls"), base, s.org().id15(), u.id(), version);
        IdentityFields.userSettings(n, u);
        n.put("updated_at", u.modifiedAt().toString().replaceFirst("\\.\\d+Z$", "Z"));
        n.put("is_app_installed", true);
        return n;
    }
}
