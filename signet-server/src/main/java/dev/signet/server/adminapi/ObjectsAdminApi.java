package dev.signet.server.adminapi;

import dev.signet.core.admin.NewObjectRequest;
import dev.signet.server.admin.AdminException;
import dev.signet.server.data.CustomObjects;
import dev.signet.server.data.ObjectCatalog;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Custom objects in the admin API: {@code GET /admin/api/objects} (every object, standard and
 * custom, with its fields), {@code GET /admin/api/objects/{name}} and {@code POST
 * /admin/api/objects} with {@code {"name":"Invoice__c","label":…,"fields":[{"name":"Amount__c",
 * "type":"currency"},{"name":"Account__c","type":"reference","referenceTo":"Account"}]}}. Guarded
 * by {@link AdminApi}'s admin-secret filter like every {@code /admin/api} path.
 */
public final class ObjectsAdminApi {
    static final String PATH = AdminApi.PREFIX + "/objects";
    private final ObjectCatalog catalog;
    private final AdminHttp http;

    ObjectsAdminApi(ObjectCatalog catalog, AdminHttp http) {
        this.catalog = catalog;
        this.http = http;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> http.ok(ctx, AdminViews.map(catalog.all(), AdminViews::object)));
        routes.get(PATH + "/{name}", ctx -> http.ok(ctx, AdminViews.object(catalog.find(ctx.pathParam("name"))
                .orElseThrow(() -> AdminException.notFound("no object " + ctx.pathParam("name"))))));
        routes.post(PATH, this::create);
    }

    private void create(Context ctx) {
        NewObjectRequest request = AdminHttp.body(ctx, NewObjectRequest.class);
        try {
            http.created(ctx, AdminViews.object(catalog.define(AdminRequests.customObject(request))));
        } catch (CustomObjects.InvalidDefinition e) {
            throw e.conflict() ? AdminException.conflict(e.getMessage()) : AdminException.badRequest(e.getMessage());
        }
    }
}
