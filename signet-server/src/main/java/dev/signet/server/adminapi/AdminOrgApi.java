package dev.signet.server.adminapi;

import static dev.signet.server.adminapi.AdminHttp.body;

import dev.signet.core.admin.ConsoleAdminRequest;
import dev.signet.core.admin.IpRangeRequest;
import dev.signet.server.admin.Administration;
import dev.signet.server.admin.ConsoleAdmins;
import dev.signet.server.admin.LoginHistoryQueries;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Org-wide admin API routes of the console: profile IP ranges, login history search and CSV,
 * console admins. Authenticated by {@link AdminApi}'s filter like every {@code /admin/api} path.
 */
final class AdminOrgApi {
    private static final String PREFIX = AdminApi.PREFIX;
    private final Administration administration;
    private final AdminHttp http;

    AdminOrgApi(Administration administration, AdminHttp http) {
        this.administration = administration;
        this.http = http;
    }

    void register(RoutesConfig routes) {
        routes.get(PREFIX + "/ip-ranges", this::ipRanges);
        routes.post(PREFIX + "/ip-ranges", ctx -> {
            IpRangeRequest r = body(ctx, IpRangeRequest.class);
            http.created(ctx, AdminViews.ipRange(administration.ipRanges().add(r.profile(), r.start(), r.end(),
                    r.description())));
        });
        routes.post(PREFIX + "/ip-ranges/remove", ctx -> {
            IpRangeRequest r = body(ctx, IpRangeRequest.class);
            administration.ipRanges().remove(r.profile(), r.start(), r.end());
            ipRanges(ctx);
        });
        routes.get(PREFIX + "/login-history/search", ctx -> http.ok(ctx, AdminViews.map(
                administration.admin().loginHistory(LoginHistoryQueries.filter(ctx::queryParam)),
                AdminViews::loginEvent)));
        routes.get(PREFIX + "/login-history.csv", ctx -> ctx.contentType("text/csv; charset=utf-8").result(
                LoginHistoryQueries.csv(administration.admin().loginHistory(LoginHistoryQueries.filter(ctx::queryParam)))));
        routes.get(PREFIX + "/console-admins", ctx -> http.ok(ctx,
                AdminViews.map(administration.consoleAdmins().list(), AdminViews::consoleAdmin)));
        routes.post(PREFIX + "/console-admins", ctx -> {
            ConsoleAdminRequest r = body(ctx, ConsoleAdminRequest.class);
            http.created(ctx, AdminViews.consoleAdmin(administration.consoleAdmins().create(r.username(),
                    r.password())));
        });
        routes.post(PREFIX + "/console-admins/{username}/unlock", ctx -> {
            ConsoleAdmins admins = administration.consoleAdmins();
            admins.unlock(ctx.pathParam("username"));
            http.ok(ctx, AdminViews.lockout(ctx.pathParam("username"), admins.lockedUntil(ctx.pathParam("username"))));
        });
    }

    private void ipRanges(Context ctx) {
        http.ok(ctx, AdminViews.map(administration.ipRanges().list(), AdminViews::ipRange));
    }
}
