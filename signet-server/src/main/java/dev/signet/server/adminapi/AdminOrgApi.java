package dev.signet.server.adminapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.Administration;
import dev.signet.server.admin.LoginHistoryQueries;
import dev.signet.server.model.ConsoleAdmin;
import dev.signet.server.model.LoginIpRange;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Org-wide admin API routes of the console: profile IP ranges, login history search and CSV,
 * console admins. Authenticated by {@link AdminApi}'s filter like every {@code /admin/api} path.
 */
final class AdminOrgApi {
    private static final String PREFIX = AdminApi.PREFIX;
    private final Administration administration;
    private final ObjectMapper json;
    private final AdminJson render;

    AdminOrgApi(Administration administration, ObjectMapper json, AdminJson render) {
        this.administration = administration;
        this.json = json;
        this.render = render;
    }

    void register(RoutesConfig routes) {
        routes.get(PREFIX + "/ip-ranges", ctx -> AdminApi.send(ctx, 200,
                render.array(administration.ipRanges().list(), this::range)));
        routes.post(PREFIX + "/ip-ranges", ctx -> {
            JsonNode body = body(json, ctx);
            AdminApi.send(ctx, 201, range(administration.ipRanges().add(AdminApi.text(body, "profile"),
                    AdminApi.text(body, "start"), AdminApi.text(body, "end"), AdminApi.text(body, "description"))));
        });
        routes.post(PREFIX + "/ip-ranges/remove", ctx -> {
            JsonNode body = body(json, ctx);
            administration.ipRanges().remove(AdminApi.text(body, "profile"), AdminApi.text(body, "start"),
                    AdminApi.text(body, "end"));
            AdminApi.send(ctx, 200, render.array(administration.ipRanges().list(), this::range));
        });
        routes.get(PREFIX + "/login-history/search", ctx -> AdminApi.send(ctx, 200, render.array(
                administration.admin().loginHistory(LoginHistoryQueries.filter(ctx::queryParam)), render::loginEvent)));
        routes.get(PREFIX + "/login-history.csv", ctx -> ctx.contentType("text/csv; charset=utf-8").result(
                LoginHistoryQueries.csv(administration.admin().loginHistory(LoginHistoryQueries.filter(ctx::queryParam)))));
        routes.get(PREFIX + "/console-admins", ctx -> AdminApi.send(ctx, 200,
                render.array(administration.consoleAdmins().list(), this::consoleAdmin)));
        routes.post(PREFIX + "/console-admins", ctx -> {
            JsonNode body = body(json, ctx);
            AdminApi.send(ctx, 201, consoleAdmin(administration.consoleAdmins().create(AdminApi.text(body, "username"),
                    AdminApi.text(body, "password"))));
        });
    }

    /** The JSON object body of a request. */
    static JsonNode body(ObjectMapper json, Context ctx) {
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

    private ObjectNode range(LoginIpRange r) {
        return json.createObjectNode().put("profile", r.profile()).put("start", r.start()).put("end", r.end())
                .put("description", r.description()).put("createdAt", r.createdAt().toString());
    }

    private ObjectNode consoleAdmin(ConsoleAdmin a) {
        return json.createObjectNode().put("id", a.id()).put("username", a.username())
                .put("createdAt", a.createdAt().toString())
                .put("lastLoginAt", a.lastLoginAt() == null ? null : a.lastLoginAt().toString());
    }
}
