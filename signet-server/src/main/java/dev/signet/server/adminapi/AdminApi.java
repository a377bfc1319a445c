package dev.signet.server.adminapi;

import static dev.signet.server.adminapi.AdminHttp.body;

import dev.signet.core.admin.ApprovalRequest;
import dev.signet.core.admin.CertificateRequest;
import dev.signet.core.admin.GrantRequest;
import dev.signet.core.admin.NewAppRequest;
import dev.signet.core.admin.NewUserRequest;
import dev.signet.server.admin.AdminService;
import dev.signet.server.admin.LoginHistoryQueries;
import dev.signet.server.http.Paths;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The admin JSON API under {@code /admin/api}, authenticated with {@code Authorization: Bearer
 * <admin secret>}. The server keeps only the secret's hash and compares in constant time.
 */
public final class AdminApi {
    public static final String PREFIX = Paths.ADMIN_API;
    private static final String APP = PREFIX + "/apps/{key}";
    private static final String USER = PREFIX + "/users/{username}";
    private final AdminService admin;
    private final AdminAuthenticator auth;
    private final AdminHttp http;

    AdminApi(AdminService admin, AdminAuthenticator auth, AdminHttp http) {
        this.admin = admin;
        this.auth = auth;
        this.http = http;
    }

    public void register(RoutesConfig routes) {
        routes.before(PREFIX + "/*", auth::authenticate);
        routes.get(PREFIX + "/org", ctx -> http.ok(ctx, AdminViews.org(admin.org())));
        registerApps(routes);
        registerUsers(routes);
        routes.get(PREFIX + "/signing-keys", ctx -> http.ok(ctx,
                AdminViews.map(admin.signingKeys(), AdminViews::signingKey)));
        routes.post(PREFIX + "/signing-keys/rotate", ctx -> http.ok(ctx,
                AdminViews.signingKey(admin.rotateSigningKey())));
        routes.post(PREFIX + "/signing-keys/{kid}/retire", ctx -> http.ok(ctx,
                AdminViews.signingKey(admin.retireSigningKey(ctx.pathParam("kid")))));
        routes.get(PREFIX + "/login-history", ctx -> http.ok(ctx, AdminViews.map(admin.loginHistory(
                LoginHistoryQueries.filter(ctx::queryParam).limit()), AdminViews::loginEvent)));
    }

    private void registerApps(RoutesConfig routes) {
        routes.get(PREFIX + "/apps", ctx -> http.ok(ctx, AdminViews.map(admin.apps(), AdminViews::app)));
        routes.post(PREFIX + "/apps", ctx -> http.created(ctx, AdminViews.app(
                admin.createApp(AdminRequests.newApp(body(ctx, NewAppRequest.class))))));
        routes.get(APP, ctx -> http.ok(ctx, AdminViews.app(admin.app(key(ctx)))));
        routes.post(APP + "/grants", ctx -> {
            GrantRequest grant = body(ctx, GrantRequest.class);
            http.ok(ctx, AdminViews.app(admin.grant(key(ctx), grant.profile(), grant.permissionSet())));
        });
        routes.post(APP + "/approvals", ctx -> {
            ApprovalRequest approval = body(ctx, ApprovalRequest.class);
            admin.approve(key(ctx), approval.username(), approval.scopes());
            http.ok(ctx, AdminViews.app(admin.app(key(ctx))));
        });
        routes.post(APP + "/certificates", ctx -> http.ok(ctx, AdminViews.app(
                admin.addCertificate(key(ctx), body(ctx, CertificateRequest.class).bytes()))));
        routes.post(APP + "/disable", ctx -> http.ok(ctx, AdminViews.app(admin.setEnabled(key(ctx), false))));
        routes.post(APP + "/enable", ctx -> http.ok(ctx, AdminViews.app(admin.setEnabled(key(ctx), true))));
    }

    private void registerUsers(RoutesConfig routes) {
        routes.get(PREFIX + "/users", ctx -> http.ok(ctx, AdminViews.map(admin.users(), AdminViews::user)));
        routes.post(PREFIX + "/users", ctx -> http.created(ctx, AdminViews.user(
                admin.createUser(AdminRequests.newUser(body(ctx, NewUserRequest.class))))));
        routes.get(USER, ctx -> http.ok(ctx, AdminViews.user(admin.user(username(ctx)))));
        routes.post(USER + "/deactivate", ctx -> http.ok(ctx, AdminViews.user(admin.deactivate(username(ctx)))));
        routes.post(USER + "/activate", ctx -> http.ok(ctx, AdminViews.user(admin.activate(username(ctx)))));
    }

    static String key(Context ctx) {
        return ctx.pathParam("key");
    }

    static String username(Context ctx) {
        return ctx.pathParam("username");
    }
}
