package dev.signet.server.adminapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.model.AppCertificate;
import dev.signet.server.model.AppSettings;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.LoginEvent;
import dev.signet.server.model.Org;
import dev.signet.server.model.SigningKey;
import dev.signet.server.model.User;
import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;

/** JSON shapes of the admin API. */
final class AdminJson {
    private final ObjectMapper json;

    AdminJson(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode org(Org org) {
        return json.createObjectNode().put("id", org.id()).put("name", org.name()).put("status", org.status().name())
                .put("createdAt", str(org.createdAt()));
    }

    ObjectNode app(ConnectedApp app) {
        ObjectNode n = json.createObjectNode();
        n.put("id", app.id()).put("name", app.name()).put("consumerKey", app.consumerKey());
        strings(n.putArray("scopes"), app.scopes());
        n.put("permittedUsers", app.permittedUsers().name());
        strings(n.putArray("profiles"), new TreeSet<>(app.profiles()));
        strings(n.putArray("permissionSets"), new TreeSet<>(app.permissionSets()));
        n.put("sessionTimeoutMinutes", app.sessionTimeoutMinutes());
        n.put("strictAssertions", app.strictAssertions());
        n.put("jwtAccessTokens", app.jwtAccessTokens());
        n.put("introspectAllTokens", app.introspectAllTokens());
        settings(n, app.settings());
        n.put("enabled", app.enabled());
        ArrayNode certs = n.putArray("certificates");
        for (AppCertificate c : app.certificates()) {
            certs.addObject().put("fingerprint", c.id()).put("subject", c.subject()).put("notBefore", str(c.notBefore()))
                    .put("notAfter", str(c.notAfter())).put("active", c.active());
        }
        n.put("createdAt", str(app.createdAt()));
        return n;
    }

    ObjectNode user(User u) {
        ObjectNode n = json.createObjectNode();
        n.put("id", u.id()).put("username", u.username()).put("email", u.email()).put("firstName", u.firstName())
                .put("lastName", u.lastName()).put("profile", u.profile());
        strings(n.putArray("permissionSets"), new TreeSet<>(u.permissionSets()));
        n.put("active", u.active()).put("frozen", u.frozen()).put("createdAt", str(u.createdAt()));
        return n;
    }

    ObjectNode loginEvent(LoginEvent e) {
        return json.createObjectNode().put("id", e.id()).put("time", str(e.time())).put("userId", e.userId())
                .put("username", e.username()).put("appId", e.appId()).put("application", e.appName())
                .put("sourceIp", e.sourceIp()).put("loginType", e.loginType()).put("status", e.status())
                .put("reason", e.reason()).put("loginUrl", e.loginUrl()).put("userAgent", e.userAgent())
                .put("loginSubType", e.loginSubType());
    }

    private static void settings(ObjectNode n, AppSettings s) {
        n.put("apiName", s.apiName()).put("contactEmail", s.contactEmail()).put("description", s.description());
        strings(n.putArray("callbackUrls"), s.callbackUrls());
        n.put("ipRelaxation", s.ipRelaxation().name());
    }

    ObjectNode signingKey(SigningKey k) {
        return json.createObjectNode().put("kid", k.kid()).put("algorithm", "RS256").put("status", k.status().name())
                .put("createdAt", str(k.createdAt())).put("rotatedAt", str(k.rotatedAt()))
                .put("retiredAt", str(k.retiredAt()));
    }

    <T> ArrayNode array(Collection<T> items, java.util.function.Function<T, ObjectNode> render) {
        ArrayNode a = json.createArrayNode();
        items.forEach(i -> a.add(render.apply(i)));
        return a;
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    private static String str(Instant t) {
        return t == null ? null : t.toString();
    }
}
