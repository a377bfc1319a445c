package dev.signet.server.console;

import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.ConsoleAdmins;
import dev.signet.server.model.ConsoleAdmin;
import io.javalin.http.Context;

/** Console administrators: list, add another, change one's own password. */
record AdminAccountPages(ConsoleRoutes routes, ConsoleAdmins admins) {
    private static final String PATH = ConsoleRoutes.PREFIX + "/admins";

    void register() {
        routes.page(PATH, this::adminsPage);
        routes.form(PATH, ctx -> {
            admins.create(Forms.text(ctx, "username"), matching(ctx));
            return PATH + "?done=created";
        }, this::adminsPage);
        routes.form(PATH + "/password", ctx -> {
            ConsoleAdmin me = ctx.attribute(ConsoleView.ADMIN);
            if (admins.authenticate(me.username(), Forms.raw(ctx, "current")).isEmpty()) {
                throw AdminException.badRequest("The current password is wrong.");
            }
            admins.setPassword(me.username(), matching(ctx));
            return PATH + "?done=password";
        }, this::adminsPage);
    }

    private void adminsPage(Context ctx) {
        routes.view().show(ctx, "admins", ConsoleView.model("admins", admins.list(), "username",
                Forms.text(ctx, "username")));
    }

    private static String matching(Context ctx) {
        String password = Forms.raw(ctx, "password");
        if (password == null || !password.equals(Forms.raw(ctx, "confirm"))) {
            throw AdminException.badRequest("The two passwords differ.");
        }
        return password;
    }
}
