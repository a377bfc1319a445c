package dev.signet.server.adminapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.Administration;
import dev.signet.server.admin.AppEdit;
import dev.signet.server.admin.AppPolicies;
import dev.signet.server.admin.UserEdit;
import dev.signet.server.model.AppApproval;
import dev.signet.server.model.AppSettings;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.IpRelaxation;
import dev.signet.server.model.PermittedUsers;
import dev.signet.server.model.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * The admin JSON API for everything the console does beyond {@link AdminApi}: app details and
 * policies, grants removal, certificate retirement, deletion, user edits, freezing, passwords,
 * approvals, profile IP ranges, login history search and CSV, console admins. Same prefix and
 * authentication (admin secret) as {@link AdminApi}, whose filter guards every {@code /admin/api} path.
 */
public final class ConsoleAdminApi {
    private static final String PREFIX = AdminApi.PREFIX;
    private static final String APP = PREFIX + "/apps/{key}";
    private static final String USER = PREFIX + "/users/{username}";
    private final Administration administration;
    private final ObjectMapper json;
    private final AdminJson render;

    public ConsoleAdminApi(Administration administration, ObjectMapper json) {
        this.administration = administration;
        this.json = json;
        this.render = new AdminJson(json);
    }

    public void register(RoutesConfig routes) {
        routes.post(APP + "/settings", ctx -> app(ctx, administration.apps().edit(key(ctx), edit(body(ctx)))));
        routes.post(APP + "/policies", ctx -> app(ctx, administration.apps().setPolicies(key(ctx), policies(body(ctx)))));
        routes.post(APP + "/grants/remove", ctx -> {
            JsonNode body = body(ctx);
            app(ctx, administration.apps().revokeGrant(key(ctx), AdminApi.text(body, "profile"),
                    AdminApi.text(body, "permissionSet")));
        });
        routes.post(APP + "/certificates/{fingerprint}/retire", ctx -> app(ctx,
                administration.apps().setCertificateActive(key(ctx), ctx.pathParam("fingerprint"), false)));
        routes.post(APP + "/certificates/{fingerprint}/activate", ctx -> app(ctx,
                administration.apps().setCertificateActive(key(ctx), ctx.pathParam("fingerprint"), true)));
        routes.post(APP + "/delete", ctx -> {
            administration.apps().delete(key(ctx));
            AdminApi.send(ctx, 200, json.createObjectNode().put("deleted", true));
        });
        routes.get(APP + "/approvals", ctx -> AdminApi.send(ctx, 200,
                render.array(administration.apps().approvals(key(ctx)), this::approval)));
        routes.post(USER + "/update", ctx -> user(ctx, administration.users().edit(username(ctx), userEdit(body(ctx)))));
        routes.post(USER + "/freeze", ctx -> user(ctx, administration.users().setFrozen(username(ctx), true)));
        routes.post(USER + "/unfreeze", ctx -> user(ctx, administration.users().setFrozen(username(ctx), false)));
        routes.post(USER + "/password", ctx -> user(ctx, administration.users().setPassword(username(ctx),
                AdminApi.text(body(ctx), "password"))));
        routes.get(USER + "/approvals", ctx -> AdminApi.send(ctx, 200,
                render.array(administration.users().approvals(username(ctx)), this::approval)));
        routes.post(USER + "/approvals/revoke", ctx -> {
            administration.users().revokeApproval(username(ctx), AdminApi.text(body(ctx), "app"));
            AdminApi.send(ctx, 200, render.array(administration.users().approvals(username(ctx)), this::approval));
        });
        new AdminOrgApi(administration, json, render).register(routes);
    }

    /** App Manager fields of a create or settings body ({@code callbackUrls}: array or comma/space list). */
    static AppSettings settings(JsonNode body) {
        return new AppSettings(AdminApi.text(body, "apiName"), AdminApi.text(body, "contactEmail"),
                AdminApi.text(body, "description"), AdminApi.list(body, "callbackUrls"),
                enumValue(body, "ipRelaxation", IpRelaxation.class, IpRelaxation.ENFORCE));
    }

    private static AppEdit edit(JsonNode body) {
        return new AppEdit(AdminApi.text(body, "apiName"), AdminApi.text(body, "contactEmail"),
                AdminApi.text(body, "description"), body.has("callbackUrls") ? AdminApi.list(body, "callbackUrls") : null,
                body.has("scopes") ? AdminApi.list(body, "scopes") : null, bool(body, "jwtAccessTokens"),
                bool(body, "enabled"));
    }

    private static AppPolicies policies(JsonNode body) {
        Integer timeout = body.hasNonNull("sessionTimeoutMinutes") ? body.get("sessionTimeoutMinutes").asInt() : null;
        return new AppPolicies(enumValue(body, "permittedUsers", PermittedUsers.class, null),
                enumValue(body, "ipRelaxation", IpRelaxation.class, null), timeout, bool(body, "strictAssertions"));
    }

    private static UserEdit userEdit(JsonNode body) {
        return new UserEdit(AdminApi.text(body, "email"), AdminApi.text(body, "firstName"),
                AdminApi.text(body, "lastName"), AdminApi.text(body, "profile"),
                body.has("permissionSets") ? AdminApi.set(body, "permissionSets") : null);
    }

    static <E extends Enum<E>> E enumValue(JsonNode body, String field, Class<E> type, E absent) {
        String value = AdminApi.text(body, field);
        if (value == null) {
            return absent;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest(field + " must be one of " + List.of(type.getEnumConstants()));
        }
    }

    private static Boolean bool(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asBoolean() : null;
    }

    private ObjectNode approval(AppApproval a) {
        ObjectNode n = json.createObjectNode();
        n.put("app", a.appName()).put("consumerKey", a.consumerKey()).put("username", a.username())
                .put("approvedAt", a.approvedAt().toString());
        a.scopes().forEach(n.putArray("scopes")::add);
        return n;
    }

    private JsonNode body(Context ctx) {
        return AdminOrgApi.body(json, ctx);
    }

    private void app(Context ctx, ConnectedApp app) {
        AdminApi.send(ctx, 200, render.app(app));
    }

    private void user(Context ctx, User user) {
        AdminApi.send(ctx, 200, render.user(user));
    }

    private static String key(Context ctx) {
        return ctx.pathParam("key");
    }

    private static String username(Context ctx) {
        return ctx.pathParam("username");
    }
}
