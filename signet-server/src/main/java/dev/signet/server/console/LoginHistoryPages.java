package dev.signet.server.console;

import dev.signet.server.admin.AdminService;
import dev.signet.server.admin.LoginHistoryQueries;
import dev.signet.server.login.LoginStatus;
import dev.signet.server.model.LoginEvent;
import dev.signet.server.model.LoginHistoryFilter;
import io.javalin.http.Context;
import java.util.List;
import java.util.stream.Stream;

/** Login History with filters (user, app, status, time) and a CSV download of the same selection. */
record LoginHistoryPages(ConsoleRoutes routes, AdminService admin) {
    private static final String PATH = ConsoleRoutes.PREFIX + "/login-history";
    private static final List<String> STATUSES = Stream.of(LoginStatus.SUCCESS, LoginStatus.NOT_APPROVED,
            LoginStatus.INVALID_ASSERTION, LoginStatus.INVALID_CLIENT_ID, LoginStatus.AUDIENCE_INVALID,
            LoginStatus.ASSERTION_EXPIRED, LoginStatus.INVALID_USERNAME, LoginStatus.INVALID_PASSWORD,
            LoginStatus.RESTRICTED_IP, LoginStatus.USER_INACTIVE, LoginStatus.USER_FROZEN, LoginStatus.INVALID_NONCE,
            LoginStatus.INVALID_REFRESH_TOKEN).map(LoginStatus::text).toList();

    void register() {
        routes.page(PATH, this::historyPage);
        routes.page(PATH + ".csv", ctx -> {
            LoginHistoryFilter filter = LoginHistoryQueries.filter(ctx::queryParam);
            ctx.header("Content-Disposition", "attachment; filename=\"login-history.csv\"")
                    .contentType("text/csv; charset=utf-8").result(LoginHistoryQueries.csv(admin.loginHistory(filter)));
        });
    }

    private void historyPage(Context ctx) {
        LoginHistoryFilter filter = LoginHistoryQueries.filter(ctx::queryParam);
        List<LoginEvent> events = admin.loginHistory(filter);
        String query = ctx.queryString();
        routes.view().show(ctx, "login-history", ConsoleView.model("events", events, "statuses", STATUSES,
                "f", ConsoleView.model("user", ctx.queryParam("user"), "app", ctx.queryParam("app"),
                        "status", ctx.queryParam("status"), "from", ctx.queryParam("from"), "to", ctx.queryParam("to")),
                "csvUrl", PATH + ".csv" + (query == null || query.isEmpty() ? "" : "?" + query)));
    }
}
