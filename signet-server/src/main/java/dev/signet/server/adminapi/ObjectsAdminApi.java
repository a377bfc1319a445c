package dev.signet.server.adminapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.admin.AdminException;
import dev.signet.server.data.CustomObjectSpec;
import dev.signet.server.data.CustomObjects;
import dev.signet.server.data.FieldDef;
import dev.signet.server.data.ObjectCatalog;
import dev.signet.server.data.SObjectDef;
import dev.signet.server.http.ErrorResponses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Custom objects in the admin API: {@code GET /admin/api/objects} (every object, standard and
 * custom, with its fields), {@code GET /admin/api/objects/{name}} and {@code POST
 * /admin/api/objects} with {@code {"name":"Invoice__c","label":…,"fields":[{"name":"Amount__c",
 * "type":"currency"},{"name":"Account__c","type":"reference","referenceTo":"Account"}]}}.
 */
public final class ObjectsAdminApi {
    static final String PATH = AdminApi.PREFIX + "/objects";
    private final ObjectCatalog catalog;
    private final AdminAuthenticator auth;
    private final ObjectMapper json;

    public ObjectsAdminApi(ObjectCatalog catalog, AdminAuthenticator auth, ObjectMapper json) {
        this.catalog = catalog;
        this.auth = auth;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> {
            auth.authenticate(ctx);
            ArrayNode list = json.createArrayNode();
            catalog.all().forEach(t -> list.add(render(t)));
            send(ctx, 200, list);
        });
        routes.get(PATH + "/{name}", ctx -> {
            auth.authenticate(ctx);
            send(ctx, 200, render(catalog.find(ctx.pathParam("name")).orElseThrow(() ->
                    AdminException.notFound("no object " + ctx.pathParam("name")))));
        });
        routes.post(PATH, this::create);
    }

    private void create(Context ctx) {
        auth.authenticate(ctx);
        JsonNode body = body(ctx);
        List<CustomObjectSpec.Field> fields = new ArrayList<>();
        for (JsonNode f : body.path("fields")) {
            fields.add(new CustomObjectSpec.Field(text(f, "name"), text(f, "label"), text(f, "type"),
                    text(f, "referenceTo"), f.path("required").asBoolean(false)));
        }
        CustomObjectSpec spec = new CustomObjectSpec(text(body, "name"), text(body, "label"),
                text(body, "labelPlural"), fields);
        try {
            send(ctx, 201, render(catalog.define(spec)));
        } catch (CustomObjects.InvalidDefinition e) {
            throw e.conflict() ? AdminException.conflict(e.getMessage()) : AdminException.badRequest(e.getMessage());
        }
    }

    private ObjectNode render(SObjectDef t) {
        ObjectNode n = json.createObjectNode().put("name", t.name()).put("label", t.label())
                .put("labelPlural", t.labelPlural()).put("keyPrefix", t.keyPrefix()).put("custom", t.custom())
                .put("writable", t.writable());
        ArrayNode fields = n.putArray("fields");
        for (FieldDef f : t.fields()) {
            ObjectNode field = fields.addObject().put("name", f.name()).put("label", f.label())
                    .put("type", f.type().describeName()).put("required", f.required()).put("custom", f.custom());
            if (!f.referenceTo().isEmpty()) {
                field.put("referenceTo", f.referenceTo().get(0)).put("relationshipName", f.relationshipName());
            }
        }
        return n;
    }

    private JsonNode body(Context ctx) {
        try {
            JsonNode node = json.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw AdminException.badRequest("the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw AdminException.badRequest("the body is not valid JSON");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(ErrorResponses.JSON_UTF8).result(body.toString());
    }
}
