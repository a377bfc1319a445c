package dev.signet.server.console;

import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.AdminService;
import dev.signet.server.admin.Administration;
import dev.signet.server.admin.AppEdit;
import dev.signet.server.admin.AppManager;
import dev.signet.server.admin.NewApp;
import dev.signet.server.model.AppSettings;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.IpRelaxation;
import dev.signet.server.web.OAuthScopes;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** App Manager: the app list, New Connected App, the app's page, Edit, certificates, enable/disable, delete. */
record AppPages(ConsoleRoutes routes, Administration administration) {
    private static final String APPS = ConsoleRoutes.PREFIX + "/apps";
    private static final String APP = APPS + "/{key}";

    void register() {
        routes.page(APPS, ctx -> routes.view().show(ctx, "apps", Map.of("apps", administration.admin().apps())));
        routes.page(APPS + "/new", this::newAppPage);
        routes.form(APPS + "/new", this::create, this::newAppPage);
        routes.page(APP, this::appPage);
        routes.page(APP + "/edit", this::editPage);
        routes.form(APP + "/edit", ctx -> {
            administration.apps().edit(key(ctx), new AppEdit(Forms.orEmpty(Forms.text(ctx, "apiName")), Forms.orEmpty(Forms.text(ctx, "contactEmail")),
                    Forms.orEmpty(Forms.text(ctx, "description")), Forms.lines(ctx, "callbackUrls"),
                    Forms.values(ctx, "scopes"), Forms.checked(ctx, "jwtAccessTokens"),
                    Forms.checked(ctx, "oauthEnabled")));
            return appUrl(ctx, "saved");
        }, this::editPage);
        routes.form(APP + "/certificates", ctx -> {
            administration.admin().addCertificate(key(ctx), Forms.certificate(ctx, "certificate", "certificatePem"));
            return appUrl(ctx, "added");
        }, this::appPage);
        routes.form(APP + "/certificates/retire", ctx -> {
            administration.apps().setCertificateActive(key(ctx), Forms.text(ctx, "fingerprint"), false);
            return appUrl(ctx, "retired");
        }, this::appPage);
        routes.form(APP + "/certificates/activate", ctx -> {
            administration.apps().setCertificateActive(key(ctx), Forms.text(ctx, "fingerprint"), true);
            return appUrl(ctx, "activated");
        }, this::appPage);
        routes.form(APP + "/enable", ctx -> toggle(ctx, true), this::appPage);
        routes.form(APP + "/disable", ctx -> toggle(ctx, false), this::appPage);
        routes.form(APP + "/delete", ctx -> {
            if (!Forms.checked(ctx, "confirm")) {
                throw AdminException.badRequest(
                        "Tick the confirmation box to delete the app: its consumer key stops working at once.");
            }
            administration.apps().delete(key(ctx));
            return APPS + "?done=deleted";
        }, this::appPage);
    }

    private String create(Context ctx) {
        AppSettings settings = new AppSettings(Forms.text(ctx, "apiName"), Forms.text(ctx, "contactEmail"),
                Forms.text(ctx, "description"), Forms.lines(ctx, "callbackUrls"), IpRelaxation.ENFORCE);
        NewApp request = NewApp.builder().name(Forms.text(ctx, "name"))
                .certificate(Forms.certificate(ctx, "certificate", "certificatePem"))
                .scopes(Forms.values(ctx, "scopes")).jwtAccessTokens(Forms.checked(ctx, "jwtAccessTokens"))
                .introspectAllTokens(Forms.checked(ctx, "introspectAllTokens")).settings(settings).build();
        if (request.scopes().isEmpty()) {
            throw AdminException.badRequest("Select at least one OAuth scope.");
        }
        ConnectedApp app = administration.admin().createApp(request);
        if (!Forms.checked(ctx, "oauthEnabled")) {
            administration.apps().edit(app.consumerKey(), new AppEdit(null, null, null, null, null, null, false));
        }
        return APPS + "/" + ConsoleView.segment(app.consumerKey()) + "?done=created";
    }

    private void newAppPage(Context ctx) {
        boolean posted = ctx.formParam("csrf") != null;
        routes.view().show(ctx, "app-new", ConsoleView.model("scopes", OAuthScopes.ALL,
                "form", ConsoleView.model("name", Forms.text(ctx, "name"), "apiName", Forms.text(ctx, "apiName"),
                        "contactEmail", Forms.text(ctx, "contactEmail"), "description", Forms.text(ctx, "description"),
                        "callbackUrls", Forms.text(ctx, "callbackUrls"), "certificatePem",
                        Forms.text(ctx, "certificatePem"),
                        "scopes", posted ? Forms.values(ctx, "scopes") : NewApp.DEFAULT_SCOPES,
                        "oauthEnabled", !posted || Forms.checked(ctx, "oauthEnabled"),
                        "jwtAccessTokens", Forms.checked(ctx, "jwtAccessTokens"),
                        "introspectAllTokens", Forms.checked(ctx, "introspectAllTokens"))));
    }

    private void appPage(Context ctx) {
        ConnectedApp app = administration.admin().app(key(ctx));
        routes.view().show(ctx, "app", ConsoleView.model("app", app, "approvals", administration.apps().approvals(app.consumerKey()),
                "scopeLabels", app.scopes().stream().map(OAuthScopes::label).toList()));
    }

    private void editPage(Context ctx) {
        ConnectedApp app = administration.admin().app(key(ctx));
        boolean posted = ctx.formParam("csrf") != null;
        List<String> selected = posted ? Forms.values(ctx, "scopes") : app.scopes();
        routes.view().show(ctx, "app-edit", ConsoleView.model("app", app, "scopes", OAuthScopes.ALL,
                "selected", selected, "callbackUrls", String.join("\n", app.settings().callbackUrls())));
    }

    private String toggle(Context ctx, boolean enabled) {
        administration.admin().setEnabled(key(ctx), enabled);
        return appUrl(ctx, "saved");
    }

    private static String key(Context ctx) {
        return ctx.pathParam("key");
    }

    private static String appUrl(Context ctx, String done) {
        return APPS + "/" + ConsoleView.segment(key(ctx)) + "?done=" + done;
    }
}
