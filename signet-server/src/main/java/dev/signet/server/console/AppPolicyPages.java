package dev.signet.server.console;

import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.AdminService;
import dev.signet.server.admin.Administration;
import dev.signet.server.admin.AppManager;
import dev.signet.server.admin.AppPolicies;
import dev.signet.server.admin.IpRangeAdmin;
import dev.signet.server.admin.UserManager;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.IpRelaxation;
import dev.signet.server.model.PermittedUsers;
import io.javalin.http.Context;
import java.util.List;

/** Manage ▸ Edit Policies, Manage Profiles, Manage Permission Sets, and the users who approved the app. */
record AppPolicyPages(ConsoleRoutes routes, Administration administration) {
    private static final String POLICIES = ConsoleRoutes.PREFIX + "/apps/{key}/policies";

    void register() {
        routes.page(POLICIES, this::policiesPage);
        routes.form(POLICIES, ctx -> {
            administration.apps().setPolicies(key(ctx), new AppPolicies(choice(ctx, "permittedUsers", PermittedUsers.class),
                    choice(ctx, "ipRelaxation", IpRelaxation.class), timeout(ctx), Forms.checked(ctx, "strict")));
            return policiesUrl(ctx, "saved");
        }, this::policiesPage);
        routes.form(POLICIES + "/profiles/add", ctx -> {
            administration.admin().grant(key(ctx), Forms.text(ctx, "profile"), null);
            return policiesUrl(ctx, "added");
        }, this::policiesPage);
        routes.form(POLICIES + "/profiles/remove", ctx -> {
            administration.apps().revokeGrant(key(ctx), Forms.text(ctx, "profile"), null);
            return policiesUrl(ctx, "removed");
        }, this::policiesPage);
        routes.form(POLICIES + "/permission-sets/add", ctx -> {
            administration.admin().grant(key(ctx), null, Forms.text(ctx, "permissionSet"));
            return policiesUrl(ctx, "added");
        }, this::policiesPage);
        routes.form(POLICIES + "/permission-sets/remove", ctx -> {
            administration.apps().revokeGrant(key(ctx), null, Forms.text(ctx, "permissionSet"));
            return policiesUrl(ctx, "removed");
        }, this::policiesPage);
        routes.form(POLICIES + "/approvals/revoke", ctx -> {
            administration.users().revokeApproval(Forms.text(ctx, "username"), key(ctx));
            return policiesUrl(ctx, "revoked");
        }, this::policiesPage);
    }

    private void policiesPage(Context ctx) {
        ConnectedApp app = administration.admin().app(key(ctx));
        routes.view().show(ctx, "app-policies", ConsoleView.model("app", app,
                "permittedUsers", List.of(PermittedUsers.values()), "ipRelaxations", List.of(IpRelaxation.values()),
                "profiles", app.profiles().stream().sorted().toList(),
                "permissionSets", app.permissionSets().stream().sorted().toList(),
                "knownProfiles", administration.ipRanges().profiles(), "approvals", administration.apps().approvals(app.consumerKey())));
    }

    private static <E extends Enum<E>> E choice(Context ctx, String field, Class<E> type) {
        String value = Forms.text(ctx, field);
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw AdminException.badRequest(field + " must be one of " + List.of(type.getEnumConstants()));
        }
    }

    private static Integer timeout(Context ctx) {
        String value = Forms.text(ctx, "sessionTimeout");
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw AdminException.badRequest("the session timeout is a number of minutes");
        }
    }

    private static String key(Context ctx) {
        return ctx.pathParam("key");
    }

    private static String policiesUrl(Context ctx, String done) {
        return ConsoleRoutes.PREFIX + "/apps/" + ConsoleView.segment(key(ctx)) + "/policies?done=" + done;
    }
}
