package dev.signet.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.core.ids.SalesforceId;
import dev.signet.server.model.User;
import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * {@code GET /id/{orgId}/{userId}}: the identity service (spec §5). A token may read only its
 * own user's identity; it needs the {@code id}, {@code openid}, {@code profile} or {@code full}
 * scope.
 */
final class IdentityEndpoint {
    private final BearerAuthenticator auth;
    private final Supplier<String> baseUrl;
    private final ObjectMapper json;

    IdentityEndpoint(BearerAuthenticator auth, Supplier<String> baseUrl, ObjectMapper json) {
        this.auth = auth;
        this.baseUrl = baseUrl;
        this.json = json;
    }

    void handle(Context ctx) {
        Session session = auth.authenticate(ctx);
        if (!session.hasAnyScope("id", "openid", "profile")) {
            throw new ApiException(403, "INSUFFICIENT_ACCESS", "This session lacks the id, openid or profile scope");
        }
        if (!sameId(ctx.pathParam("orgId"), session.org().id()) || !sameId(ctx.pathParam("userId"), session.user().id())) {
            throw new ApiException(403, "BAD_ID", "Bad_Id: the token does not belong to this org and user");
        }
        ctx.contentType(ErrorResponses.JSON_UTF8).result(identity(session, version(ctx.queryParam("version"))).toString());
    }

    private static boolean sameId(String fromPath, String id18) {
        return SalesforceId.isValid(fromPath) && SalesforceId.parse(fromPath).to18().equals(id18);
    }

    // "latest" or a number fills {version} in the URLs; anything else leaves it literal, as Salesforce does.
    private static String version(String param) {
        if ("latest".equals(param)) {
            return ApiVersions.latest();
        }
        return param != null && param.matches("\\d{2}\\.0") ? param : "{version}";
    }

    private ObjectNode identity(Session s, String version) {
        User u = s.user();
        String base = baseUrl.get();
        ObjectNode n = json.createObjectNode();
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
        ObjectNode photos = n.putObject("photos");
        photos.put("picture", base + "/profilephoto/005/F");
        photos.put("thumbnail", base + "/profilephoto/005/T");
        for (String unknown : new String[] {"addr_street", "addr_city", "addr_state", "addr_country", "addr_zip",
            "mobile_phone"}) {
            n.putNull(unknown);
        }
        n.put("mobile_phone_verified", false);
        n.put("is_lightning_login_user", false);
        n.putNull("status");
        urls(n.putObject("urls"), base, s.org().id15(), u.id(), version);
        n.put("active", u.active());
        n.put("user_type", "STANDARD");
        n.put("language", "en_US");
        n.put("locale", "en_US");
        n.put("utcOffset", 0);
        n.put("last_modified_date", u.modifiedAt().toString().replaceFirst("Z$", "+0000"));
        n.put("is_app_installed", true);
        return n;
    }

    private static void urls(ObjectNode urls, String base, String org15, String userId, String v) {
        urls.put("enterprise", base + "/services/Soap/c/" + v + "/" + org15);
        urls.put("metadata", base + "/services/Soap/m/" + v + "/" + org15);
        urls.put("partner", base + "/services/Soap/u/" + v + "/" + org15);
        String rest = base + "/services/data/v" + v + "/";
        urls.put("rest", rest);
        urls.put("sobjects", rest + "sobjects/");
        urls.put("search", rest + "search/");
        urls.put("query", rest + "query/");
        urls.put("recent", rest + "recent/");
        urls.put("tooling_soap", base + "/services/Soap/T/" + v + "/" + org15);
        urls.put("tooling_rest", rest + "tooling/");
        urls.put("profile", base + "/" + userId);
        urls.put("feeds", rest + "chatter/feeds");
        urls.put("groups", rest + "chatter/groups");
        urls.put("users", rest + "chatter/users");
        urls.put("feed_items", rest + "chatter/feed-items");
        urls.put("feed_elements", rest + "chatter/feed-elements");
        urls.put("custom_domain", base);
    }
}
