package dev.signet.server.adminapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.server.admin.Administration;
import dev.signet.server.data.ObjectCatalog;
import dev.signet.server.http.HttpModule;
import dev.signet.server.orgfile.OrgFiles;
import dev.signet.server.retention.Retention;
import io.javalin.config.RoutesConfig;

/**
 * The admin JSON API under {@code /admin/api}: org, apps and users as the CLI uses them, what the
 * console administers, and custom objects; every route behind the one admin-secret check. Bodies
 * and answers are the shared records of {@code dev.signet.core.admin}; {@code json} writes the answers.
 */
public final class AdminApis implements HttpModule {
    private final AdminApi admin;
    private final ConsoleAdminApi console;
    private final ObjectsAdminApi objects;
    private final RetentionApi retention;
    private final OrgAdminApi org;

    public AdminApis(Administration administration, ObjectCatalog catalog, Retention retention, OrgFiles orgFiles,
            String adminSecret, ObjectMapper json) {
        AdminAuthenticator auth = new AdminAuthenticator(adminSecret);
        AdminHttp http = new AdminHttp(json);
        this.admin = new AdminApi(administration.admin(), auth, http);
        this.console = new ConsoleAdminApi(administration, http);
        this.objects = new ObjectsAdminApi(catalog, http);
        this.retention = new RetentionApi(retention, http);
        this.org = new OrgAdminApi(orgFiles.sync(), orgFiles.export(), http);
    }

    @Override
    public void register(RoutesConfig routes) {
        admin.register(routes);
        console.register(routes);
        objects.register(routes);
        retention.register(routes);
        org.register(routes);
    }
}
