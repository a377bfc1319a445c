package dev.signet.server.console;

import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.ConsoleAdmins;
import dev.signet.server.model.ConsoleAdmin;
import io.javalin.http.Context;
import java.util.List;

/** Console administrators: list, add another, unlock one, change one's own password. */
record AdminAccountPages(ConsoleRoutes routes, ConsoleAdmins admins) {
    private static final String PATH = ConsoleRoutes.PREFIX + "/admins";

    void register() {
        routes.page(PATH, this::adminsPage);
        routes.form(PATH, ctx -> {
            admins.create(Forms.text(ctx, "username"), matching(ctx));
            return PATH + "?done=created";
        }, this::adminsPage);
        routes.form(PATH + "/{username}/unlock", ctx -> {
            admins.unlock(ctx.pathParam("username"));
            return PATH + "?done=unlocked";
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
        List<ConsoleAdmin> all = admins.list();
        List<String> locked = all.stream().map(ConsoleAdmin::username)
                .filter(name -> admins.lockedUntil(name).isPresent()).toList();
        routes.view().show(ctx, "admins", ConsoleView.model("admins", all, "locked", locked, "username",
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
