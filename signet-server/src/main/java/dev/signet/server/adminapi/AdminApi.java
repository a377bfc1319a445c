package dev.signet.server.adminapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.AdminService;
import dev.signet.server.admin.NewApp;
import dev.signet.server.admin.NewUser;
import dev.signet.server.http.ErrorResponses;
import dev.signet.server.http.Paths;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The admin JSON API under {@code /admin/api}, authenticated with {@code Authorization: Bearer
 * <admin secret>}. The server keeps only the secret's hash and compares in constant time.
 */
public final class AdminApi {
    public static final String PREFIX = Paths.ADMIN_API;
    private final AdminService admin;
    private final AdminAuthenticator auth;
    private final ObjectMapper json;
    private final AdminJson render;

    AdminApi(AdminService admin, AdminAuthenticator auth, ObjectMapper json) {
        this.admin = admin;
        this.auth = auth;
        this.json = json;
        this.render = new AdminJson(json);
    }

    public void register(RoutesConfig routes) {
        routes.before(PREFIX + "/*", auth::authenticate);
        routes.get(PREFIX + "/org", ctx -> send(ctx, 200, render.org(admin.org())));
        routes.get(PREFIX + "/apps", ctx -> send(ctx, 200, render.array(admin.apps(), render::app)));
        routes.post(PREFIX + "/apps", this::createApp);
        routes.get(PREFIX + "/apps/{key}", ctx -> send(ctx, 200, render.app(admin.app(ctx.pathParam("key")))));
        routes.post(PREFIX + "/apps/{key}/grants", ctx -> {
            JsonNode body = body(ctx);
            send(ctx, 200, render.app(admin.grant(ctx.pathParam("key"), text(body, "profile"),
                    text(body, "permissionSet"))));
        });
        routes.post(PREFIX + "/apps/{key}/approvals", ctx -> {
            JsonNode body = body(ctx);
            admin.approve(ctx.pathParam("key"), text(body, "username"), list(body, "scopes"));
            send(ctx, 200, render.app(admin.app(ctx.pathParam("key"))));
        });
        routes.post(PREFIX + "/apps/{key}/certificates", ctx -> send(ctx, 200,
                render.app(admin.addCertificate(ctx.pathParam("key"), certificate(body(ctx))))));
        routes.post(PREFIX + "/apps/{key}/disable", ctx -> send(ctx, 200,
                render.app(admin.setEnabled(ctx.pathParam("key"), false))));
        routes.post(PREFIX + "/apps/{key}/enable", ctx -> send(ctx, 200,
                render.app(admin.setEnabled(ctx.pathParam("key"), true))));
        routes.get(PREFIX + "/users", ctx -> send(ctx, 200, render.array(admin.users(), render::user)));
        routes.post(PREFIX + "/users", this::createUser);
        routes.get(PREFIX + "/users/{username}", ctx -> send(ctx, 200, render.user(admin.user(ctx.pathParam("username")))));
        routes.post(PREFIX + "/users/{username}/deactivate", ctx -> send(ctx, 200,
                render.user(admin.deactivate(ctx.pathParam("username")))));
        routes.post(PREFIX + "/users/{username}/activate", ctx -> send(ctx, 200,
                render.user(admin.activate(ctx.pathParam("username")))));
        routes.get(PREFIX + "/signing-keys", ctx -> send(ctx, 200,
                render.array(admin.signingKeys(), render::signingKey)));
        routes.post(PREFIX + "/signing-keys/rotate", ctx -> send(ctx, 200,
                render.signingKey(admin.rotateSigningKey())));
        routes.post(PREFIX + "/signing-keys/{kid}/retire", ctx -> send(ctx, 200,
                render.signingKey(admin.retireSigningKey(ctx.pathParam("kid")))));
        routes.get(PREFIX + "/login-history", ctx -> send(ctx, 200, render.array(
                admin.loginHistory(ctx.queryParamAsClass("limit", Integer.class).getOrDefault(200)), render::loginEvent)));
    }

    private void createApp(Context ctx) {
        JsonNode body = body(ctx);
        Integer timeout = body.hasNonNull("sessionTimeoutMinutes") ? body.get("sessionTimeoutMinutes").asInt() : null;
        NewApp request = NewApp.builder().name(text(body, "name")).certificate(certificate(body))
                .scopes(list(body, "scopes")).selfAuthorize(body.path("selfAuthorize").asBoolean(false))
                .profiles(set(body, "profiles")).permissionSets(set(body, "permissionSets"))
                .sessionTimeoutMinutes(timeout).strictAssertions(body.path("strictAssertions").asBoolean(false))
                .jwtAccessTokens(body.path("jwtAccessTokens").asBoolean(false))
                .introspectAllTokens(body.path("introspectAllTokens").asBoolean(false))
                .settings(ConsoleAdminApi.settings(body))
                .build();
        send(ctx, 201, render.app(admin.createApp(request)));
    }

    private void createUser(Context ctx) {
        JsonNode body = body(ctx);
        send(ctx, 201, render.user(admin.createUser(new NewUser(text(body, "username"), text(body, "email"),
                text(body, "firstName"), text(body, "lastName"), text(body, "profile"), set(body, "permissionSets")))));
    }

    // "certificate" holds PEM text; "certificateDer" holds Base64 DER bytes.
    static byte[] certificate(JsonNode body) {
        if (body.hasNonNull("certificateDer")) {
            try {
                return Base64.getDecoder().decode(body.get("certificateDer").asText());
            } catch (IllegalArgumentException e) {
                throw AdminException.badRequest("certificateDer is not Base64");
            }
        }
        String pem = text(body, "certificate");
        return pem == null ? null : pem.getBytes(StandardCharsets.US_ASCII);
    }

    private JsonNode body(Context ctx) {
        try {
            JsonNode node = json.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw AdminException.badRequest("the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw AdminException.badRequest("the body is not valid JSON");
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<String> list(JsonNode body, String field) {
        List<String> values = new ArrayList<>();
        JsonNode v = body.get(field);
        if (v != null && v.isArray()) {
            v.forEach(e -> values.add(e.asText()));
        } else if (v != null && v.isTextual()) {
            for (String s : v.asText().split("[,\\s]+")) {
                if (!s.isBlank()) {
                    values.add(s);
                }
            }
        }
        return values;
    }

    static Set<String> set(JsonNode body, String field) {
        return new LinkedHashSet<>(list(body, field));
    }

    static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(ErrorResponses.JSON_UTF8).result(body.toString());
    }
}
