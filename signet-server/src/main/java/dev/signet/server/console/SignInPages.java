package dev.signet.server.console;

import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.ConsoleAdmins;
import dev.signet.server.model.ConsoleAdmin;
import dev.signet.server.web.BrowserSessions;
import io.javalin.http.Context;
import java.util.Map;

/** First run (create the first admin with the admin secret), login and logout. */
record SignInPages(ConsoleRoutes routes, ConsoleAdmins admins, BrowserSessions sessions) {
    void register() {
        routes.page(ConsoleRoutes.PREFIX + "/setup", this::setupPage);
        routes.form(ConsoleRoutes.PREFIX + "/setup", ctx -> {
            ConsoleAdmin admin = admins.setUp(Forms.raw(ctx, "adminSecret"), Forms.text(ctx, "username"),
                    matchingPasswords(ctx));
            sessions.start(ctx, BrowserSessions.CONSOLE, admin.id(), null);
            return ConsoleRoutes.PREFIX + "/apps";
        }, this::setupPage);
        routes.page(ConsoleRoutes.PREFIX + "/login", this::loginPage);
        routes.form(ConsoleRoutes.PREFIX + "/login", ctx -> {
            ConsoleAdmin admin = admins.authenticate(Forms.text(ctx, "username"), Forms.raw(ctx, "password"))
                    .orElseThrow(() -> new AdminException(401, "unauthorized", "Wrong username or password."));
            sessions.start(ctx, BrowserSessions.CONSOLE, admin.id(), null);
            return ConsoleRoutes.PREFIX + "/apps";
        }, this::loginPage);
        routes.form(ConsoleRoutes.PREFIX + "/logout", ctx -> {
            sessions.end(ctx, BrowserSessions.CONSOLE);
            return ConsoleRoutes.PREFIX + "/login?done=loggedout";
        }, this::loginPage);
    }

    private void setupPage(Context ctx) {
        if (!admins.needsSetup()) {
            ConsoleView.seeOther(ctx, ConsoleRoutes.PREFIX + "/login");
            return;
        }
        startAnonymous(ctx);
        routes.view().show(ctx, "setup", Map.of("username", valueOf(ctx, "username")));
    }

    private void loginPage(Context ctx) {
        if (admins.needsSetup()) {
            ConsoleView.seeOther(ctx, ConsoleRoutes.PREFIX + "/setup");
            return;
        }
        startAnonymous(ctx);
        routes.view().show(ctx, "login", Map.of("username", valueOf(ctx, "username")));
    }

    // A login form needs a CSRF token, hence a (not yet logged-in) session.
    private void startAnonymous(Context ctx) {
        if (ctx.attribute(ConsoleView.SESSION) == null) {
            ctx.attribute(ConsoleView.SESSION, sessions.findOrStart(ctx, BrowserSessions.CONSOLE));
        }
    }

    private static String matchingPasswords(Context ctx) {
        String password = Forms.raw(ctx, "password");
        if (password == null || !password.equals(Forms.raw(ctx, "confirm"))) {
            throw AdminException.badRequest("The two passwords differ.");
        }
        return password;
    }

    private static String valueOf(Context ctx, String field) {
        String value = ctx.formParam(field);
        return value == null ? "" : value;
    }
}
