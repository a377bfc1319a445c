package dev.signet.server.identity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.model.User;
import dev.signet.server.rest.ApiVersions;

/**
 * What the identity URL and the UserInfo endpoint share: the {@code version} parameter, the
 * {@code urls} object and the photo URLs.
 */
final class IdentityFields {
    private IdentityFields() {}

    /**
     * {@code latest} or {@code NN.0} fills {@code {version}} in the URLs; anything else leaves it
     * literal, as Salesforce does.
     */
    static String version(String param) {
        if ("latest".equals(param)) {
            return ApiVersions.latest();
        }
        return param != null && param.matches("\\d{2}\\.0") ? param : "{version}";
    }

    /** Account state and locale settings, in the same place in both documents. */
    static void userSettings(ObjectNode n, User u) {
        n.put("active", u.active());
        n.put("user_type", "STANDARD");
        n.put("language", "en_US");
        n.put("locale", "en_US");
        n.put("utcOffset", 0);
    }

    static void photos(ObjectNode photos, String base) {
        photos.put("picture", base + "/profilephoto/005/F");
        photos.put("thumbnail", base + "/profilephoto/005/T");
    }

    static void urls(ObjectNode urls, String base, String org15, String userId, String v) {
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
