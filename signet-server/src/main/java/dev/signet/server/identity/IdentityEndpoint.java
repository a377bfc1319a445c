package dev.signet.server.identity;

import static dev.signet.server.http.Json.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.core.ids.SalesforceId;
import dev.signet.server.http.ApiException;
import dev.signet.server.http.JsonBody;
import dev.signet.server.model.User;
import dev.signet.server.resource.BearerAuthenticator;
import dev.signet.server.resource.Session;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /id/{orgId}/{userId}}: the identity service (spec §5). A token may read only its
 * own user's identity; it needs the {@code id}, {@code openid}, {@code profile} or {@code full}
 * scope.
 */
public final class IdentityEndpoint {
    private static final int MAX_CACHED = 10_000;

    /** Everything an identity document is made from; a user edit moves {@code modifiedAt}. */
    private record DocumentKey(String orgId, String userId, Instant modifiedAt, boolean active, String base,
            String version) {}

    private final BearerAuthenticator auth;
    private final String baseUrl;
    // Identity is called with every cached token; its document changes only when the user does.
    private final Map<DocumentKey, String> documents = new ConcurrentHashMap<>();

    public IdentityEndpoint(BearerAuthenticator auth, String baseUrl) {
        this.auth = auth;
        this.baseUrl = baseUrl;
    }

    public void handle(Context ctx) {
        Session session = auth.authenticate(ctx).requireAnyScope("id", "openid", "profile");
        if (!sameId(ctx.pathParam("orgId"), session.org().id()) || !sameId(ctx.pathParam("userId"), session.user().id())) {
            throw new ApiException(403, "BAD_ID", "Bad_Id: the token does not belong to this org and user");
        }
        String version = IdentityFields.version(ctx.queryParam("version"));
        User u = session.user();
        DocumentKey key = new DocumentKey(session.org().id(), u.id(), u.modifiedAt(), u.active(), baseUrl, version);
        String document = documents.get(key);
        if (document == null) {
            document = identity(session, key.base(), version).toString();
            if (documents.size() >= MAX_CACHED) {
                documents.clear();
            }
            documents.put(key, document);
        }
        JsonBody.write(ctx, 200, document);
    }

    private static boolean sameId(String fromPath, String id18) {
        return SalesforceId.isValid(fromPath) && SalesforceId.parse(fromPath).to18().equals(id18);
    }

    private ObjectNode identity(Session s, String base, String version) {
        User u = s.user();
        ObjectNode n = JSON.createObjectNode();
        n.put("id", base + "/id/" + s.org().id() + "/" + u.id());
        n.put("asserted_user", true);
        n.put("user_id", u.id());
        n.put("organization_id", s.org().id());
        n.put("username", u.username());
        n.put("nick_name", u.username().split("@")[0]);
        n.put("display_name", u.displayName());
        n.put("email", u.email());
        n.put("email_verified", true);
        n.put("first_name", u.firstName());
        n.put("last_name", u.lastName());
        n.put("timezone", "GMT");
        IdentityFields.photos(n.putObject("photos"), base);
        for (String unknown : new String[] {"addr_street", "addr_city", "addr_state", "addr_country", "addr_zip",
            "mobile_phone"}) {
            n.putNull(unknown);
        }
        n.put("mobile_phone_verified", false);
        n.put("is_lightning_login_user", false);
        n.putNull("status");
        IdentityFields.urls(n.putObject("urls"), base, s.org().id15(), u.id(), version);
        IdentityFields.userSettings(n, u);
        n.put("last_modified_date", u.modifiedAt().toString().replaceFirst("Z$", "+0000"));
        n.put("is_app_installed", true);
        return n;
    }
}
