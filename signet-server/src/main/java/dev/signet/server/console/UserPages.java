package dev.signet.server.console;

import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.AdminService;
import dev.signet.server.admin.Administration;
import dev.signet.server.admin.IpRangeAdmin;
import dev.signet.server.admin.NewUser;
import dev.signet.server.admin.UserEdit;
import dev.signet.server.admin.UserManager;
import dev.signet.server.model.LoginHistoryFilter;
import dev.signet.server.model.User;
import io.javalin.http.Context;

/** Users: list and create; a user's page with edit, freeze, deactivate, password, unlock and approved apps. */
record UserPages(ConsoleRoutes routes, Administration administration) {
    private static final String USERS = ConsoleRoutes.PREFIX + "/users";
    private static final String USER = USERS + "/{username}";

    void register() {
        routes.page(USERS, this::usersPage);
        routes.form(USERS, this::create, this::usersPage);
        routes.page(USER, this::userPage);
        routes.form(USER + "/edit", ctx -> {
            administration.users().edit(username(ctx), new UserEdit(Forms.orEmpty(Forms.text(ctx, "email")),
                    Forms.orEmpty(Forms.text(ctx, "firstName")), Forms.orEmpty(Forms.text(ctx, "lastName")),
                    Forms.orEmpty(Forms.text(ctx, "profile")), Forms.set(ctx, "permissionSets")));
            return userUrl(ctx, "saved");
        }, this::userPage);
        routes.form(USER + "/freeze", ctx -> done(ctx, administration.users().setFrozen(username(ctx), true)), this::userPage);
        routes.form(USER + "/unfreeze", ctx -> done(ctx, administration.users().setFrozen(username(ctx), false)), this::userPage);
        routes.form(USER + "/deactivate", ctx -> done(ctx, administration.admin().deactivate(username(ctx))), this::userPage);
        routes.form(USER + "/activate", ctx -> done(ctx, administration.admin().activate(username(ctx))), this::userPage);
        routes.form(USER + "/unlock", ctx -> {
            administration.users().unlock(username(ctx));
            return userUrl(ctx, "unlocked");
        }, this::userPage);
        routes.form(USER + "/password", ctx -> {
            String password = Forms.raw(ctx, "password");
            if (password == null || !password.equals(Forms.raw(ctx, "confirm"))) {
                throw AdminException.badRequest("The two passwords differ.");
            }
            administration.users().setPassword(username(ctx), password);
            return userUrl(ctx, "password");
        }, this::userPage);
        routes.form(USER + "/approvals/revoke", ctx -> {
            administration.users().revokeApproval(username(ctx), Forms.text(ctx, "app"));
            return userUrl(ctx, "revoked");
        }, this::userPage);
    }

    private String create(Context ctx) {
        User user = administration.admin().createUser(new NewUser(Forms.text(ctx, "username"), Forms.text(ctx, "email"),
                Forms.text(ctx, "firstName"), Forms.text(ctx, "lastName"), Forms.text(ctx, "profile"),
                Forms.set(ctx, "permissionSets")));
        String password = Forms.raw(ctx, "password");
        if (password != null && !password.isEmpty()) {
            administration.users().setPassword(user.username(), password);
        }
        return USERS + "/" + ConsoleView.segment(user.username()) + "?done=created";
    }

    private void usersPage(Context ctx) {
        routes.view().show(ctx, "users", ConsoleView.model("users", administration.admin().users(), "knownProfiles", administration.ipRanges().profiles(),
                "form", ConsoleView.model("username", Forms.text(ctx, "username"), "email", Forms.text(ctx, "email"),
                        "firstName", Forms.text(ctx, "firstName"), "lastName", Forms.text(ctx, "lastName"),
                        "profile", Forms.text(ctx, "profile"), "permissionSets", Forms.text(ctx, "permissionSets"))));
    }

    private void userPage(Context ctx) {
        User user = administration.admin().user(username(ctx));
        routes.view().show(ctx, "user", ConsoleView.model("user", user, "knownProfiles", administration.ipRanges().profiles(),
                "permissionSets", String.join(", ", user.permissionSets().stream().sorted().toList()),
                "hasPassword", administration.users().hasPassword(user.username()),
                "lockedUntil", administration.users().lockedUntil(user.username()).orElse(null), "approvals", administration.users().approvals(user.username()),
                "logins", administration.admin().loginHistory(new LoginHistoryFilter(user.username(), null, null, null, null, 50)).stream()
                        .filter(e -> user.username().equalsIgnoreCase(e.username())).limit(10).toList()));
    }

    private static String done(Context ctx, User changed) {
        return userUrl(ctx, "saved");
    }

    private static String username(Context ctx) {
        return ctx.pathParam("username");
    }

    private static String userUrl(Context ctx, String done) {
        return USERS + "/" + ConsoleView.segment(username(ctx)) + "?done=" + done;
    }
}
