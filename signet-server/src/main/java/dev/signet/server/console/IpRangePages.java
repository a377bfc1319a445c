package dev.signet.server.console;

import dev.signet.server.admin.IpRangeAdmin;
import io.javalin.http.Context;

/** Profiles ▸ Login IP Ranges. */
record IpRangePages(ConsoleRoutes routes, IpRangeAdmin ipRanges) {
    private static final String PATH = ConsoleRoutes.PREFIX + "/ip-ranges";

    void register() {
        routes.page(PATH, this::rangesPage);
        routes.form(PATH + "/add", ctx -> {
            ipRanges.add(Forms.text(ctx, "profile"), Forms.text(ctx, "start"), Forms.text(ctx, "end"),
                    Forms.text(ctx, "description"));
            return PATH + "?done=added";
        }, this::rangesPage);
        routes.form(PATH + "/remove", ctx -> {
            ipRanges.remove(Forms.text(ctx, "profile"), Forms.text(ctx, "start"), Forms.text(ctx, "end"));
            return PATH + "?done=removed";
        }, this::rangesPage);
    }

    private void rangesPage(Context ctx) {
        routes.view().show(ctx, "ip-ranges", ConsoleView.model("ranges", ipRanges.list(), "knownProfiles",
                ipRanges.profiles(), "form", ConsoleView.model("profile", Forms.text(ctx, "profile"),
                        "start", Forms.text(ctx, "start"), "end", Forms.text(ctx, "end"),
                        "description", Forms.text(ctx, "description"))));
    }
}
