package dev.signet.server.adminapi;

import static dev.signet.server.adminapi.AdminApi.key;
import static dev.signet.server.adminapi.AdminApi.username;
import static dev.signet.server.adminapi.AdminHttp.body;

import dev.signet.core.admin.AppPoliciesRequest;
import dev.signet.core.admin.AppSettingsRequest;
import dev.signet.core.admin.DeletedView;
import dev.signet.core.admin.GrantRequest;
import dev.signet.core.admin.LockoutView;
import dev.signet.core.admin.PasswordRequest;
import dev.signet.core.admin.RevokeApprovalRequest;
import dev.signet.core.admin.UserEditRequest;
import dev.signet.server.admin.Administration;
import dev.signet.server.admin.AppManager;
import dev.signet.server.admin.UserManager;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The admin JSON API for everything the console does beyond {@link AdminApi}: app details and
 * policies, grants removal, certificate retirement, deletion, user edits, freezing, passwords,
 * lockouts, approvals; org-wide routes in {@link AdminOrgApi}. Same prefix and authentication (admin secret)
 * as {@link AdminApi}, whose filter guards every {@code /admin/api} path.
 */
public final class ConsoleAdminApi {
    private static final String APP = AdminApi.PREFIX + "/apps/{key}";
    private static final String USER = AdminApi.PREFIX + "/users/{username}";
    private final Administration administration;
    private final AdminHttp http;

    ConsoleAdminApi(Administration administration, AdminHttp http) {
        this.administration = administration;
        this.http = http;
    }

    public void register(RoutesConfig routes) {
        registerApps(routes, administration.apps());
        registerUsers(routes, administration.users());
        new AdminOrgApi(administration, http).register(routes);
    }

    private void registerApps(RoutesConfig routes, AppManager apps) {
        routes.post(APP + "/settings", ctx -> http.ok(ctx, AdminViews.app(
                apps.edit(key(ctx), AdminRequests.edit(body(ctx, AppSettingsRequest.class))))));
        routes.post(APP + "/policies", ctx -> http.ok(ctx, AdminViews.app(
                apps.setPolicies(key(ctx), AdminRequests.policies(body(ctx, AppPoliciesRequest.class))))));
        routes.post(APP + "/grants/remove", ctx -> {
            GrantRequest grant = body(ctx, GrantRequest.class);
            http.ok(ctx, AdminViews.app(apps.revokeGrant(key(ctx), grant.profile(), grant.permissionSet())));
        });
        routes.post(APP + "/certificates/{fingerprint}/retire", ctx -> http.ok(ctx, AdminViews.app(
                apps.setCertificateActive(key(ctx), fingerprint(ctx), false))));
        routes.post(APP + "/certificates/{fingerprint}/activate", ctx -> http.ok(ctx, AdminViews.app(
                apps.setCertificateActive(key(ctx), fingerprint(ctx), true))));
        routes.post(APP + "/delete", ctx -> {
            apps.delete(key(ctx));
            http.ok(ctx, new DeletedView(true));
        });
        routes.get(APP + "/approvals", ctx -> http.ok(ctx,
                AdminViews.map(apps.approvals(key(ctx)), AdminViews::approval)));
    }

    private void registerUsers(RoutesConfig routes, UserManager users) {
        routes.post(USER + "/update", ctx -> http.ok(ctx, AdminViews.user(
                users.edit(username(ctx), AdminRequests.userEdit(body(ctx, UserEditRequest.class))))));
        routes.post(USER + "/freeze", ctx -> http.ok(ctx, AdminViews.user(users.setFrozen(username(ctx), true))));
        routes.post(USER + "/unfreeze", ctx -> http.ok(ctx, AdminViews.user(users.setFrozen(username(ctx), false))));
        routes.post(USER + "/password", ctx -> http.ok(ctx, AdminViews.user(
                users.setPassword(username(ctx), body(ctx, PasswordRequest.class).password()))));
        routes.get(USER + "/lockout", ctx -> http.ok(ctx, lockout(users, username(ctx))));
        routes.post(USER + "/unlock", ctx -> {
            users.unlock(username(ctx));
            http.ok(ctx, lockout(users, username(ctx)));
        });
        routes.get(USER + "/approvals", ctx -> http.ok(ctx,
                AdminViews.map(users.approvals(username(ctx)), AdminViews::approval)));
        routes.post(USER + "/approvals/revoke", ctx -> {
            users.revokeApproval(username(ctx), body(ctx, RevokeApprovalRequest.class).app());
            http.ok(ctx, AdminViews.map(users.approvals(username(ctx)), AdminViews::approval));
        });
    }

    private static LockoutView lockout(UserManager users, String username) {
        return AdminViews.lockout(username, users.lockedUntil(username));
    }

    private static String fingerprint(Context ctx) {
        return ctx.pathParam("fingerprint");
    }
}
