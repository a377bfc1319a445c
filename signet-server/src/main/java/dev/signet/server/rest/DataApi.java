package dev.signet.server.rest;

import static dev.signet.server.http.Json.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.data.DataException;
import dev.signet.server.data.soql.SoqlEngine.Scope;
import dev.signet.server.http.ErrorResponses;
import dev.signet.server.http.HttpModule;
import dev.signet.server.http.JsonBody;
import dev.signet.server.resource.BearerAuthenticator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST data API under {@code /services/data/vNN.0/}: resources, limits, sobjects (describe and
 * record CRUD), query, queryAll and tooling/query. Every call
 * needs a token with the {@code api} scope; unknown paths answer 404 {@code NOT_FOUND}.
 */
public final class DataApi implements HttpModule {
    private static final Logger LOG = LoggerFactory.getLogger(DataApi.class);
    private static final String P = "/services/data/{version}";

    /** A handler that answers JSON (or null for 204 No Content). */
    @FunctionalInterface
    private interface JsonHandler {
        JsonNode handle(DataRequest request, Context ctx);
    }

    private final BearerAuthenticator auth;
    private final ApiUsage usage;
    private final DataResources resources;
    private final SObjectEndpoints sobjects;
    private final QueryEndpoints queries;

    public DataApi(BearerAuthenticator auth, DataServices data, ApiUsage usage, String baseUrl) {
        this.auth = auth;
        this.usage = usage;
        this.resources = new DataResources(baseUrl, data.store(), usage);
        this.sobjects = new SObjectEndpoints(data.catalog(), data.sources(), data.records());
        this.queries = new QueryEndpoints(data.soql(), data.cursors());
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/services/data", this::versions);
        routes.get("/services/data/", this::versions);
        routes.get(P, answer(200, (r, ctx) -> resources.resources(r)));
        routes.get(P + "/limits", answer(200, (r, ctx) -> resources.limits()));
        routes.get(P + "/sobjects", answer(200, (r, ctx) -> sobjects.globalDescribe(r)));
        routes.get(P + "/sobjects/{type}", answer(200, (r, ctx) -> sobjects.basicInfo(r, ctx.pathParam("type"))));
        routes.post(P + "/sobjects/{type}", answer(201, (r, ctx) -> sobjects.create(r, ctx.pathParam("type"), ctx)));
        routes.get(P + "/sobjects/{type}/describe", answer(200, (r, ctx) -> sobjects.describe(r,
                ctx.pathParam("type"))));
        routes.get(P + "/sobjects/{type}/{id}", answer(200, (r, ctx) -> sobjects.read(r, ctx.pathParam("type"),
                ctx.pathParam("id"), ctx.queryParam("fields"))));
        routes.patch(P + "/sobjects/{type}/{id}", answer(204, (r, ctx) -> {
            sobjects.update(r, ctx.pathParam("type"), ctx.pathParam("id"), ctx);
            return null;
        }));
        routes.delete(P + "/sobjects/{type}/{id}", answer(204, (r, ctx) -> {
            sobjects.delete(r, ctx.pathParam("type"), ctx.pathParam("id"));
            return null;
        }));
        query(routes, "/query", Scope.QUERY);
        query(routes, "/queryAll", Scope.QUERY_ALL);
        query(routes, "/tooling/query", Scope.TOOLING);
        for (HandlerType method : List.of(HandlerType.GET, HandlerType.POST, HandlerType.PATCH, HandlerType.PUT,
                HandlerType.DELETE)) {
            routes.addHttpHandler(method, P + "/<rest>", answer(404, (r, ctx) -> {
                throw DataRequest.notFound();
            }));
        }
        routes.exception(DataException.class, this::error);
    }

    private void versions(Context ctx) {
        JsonBody.write(ctx, 200, ApiVersions.json());
    }

    private void query(RoutesConfig routes, String path, Scope scope) {
        routes.get(P + path, answer(200, (r, ctx) -> queries.query(r, ctx, scope)));
        routes.get(P + path + "/{locator}", answer(200, (r, ctx) -> queries.more(r, ctx, scope)));
    }

    private io.javalin.http.Handler answer(int status, JsonHandler handler) {
        return ctx -> {
            JsonNode body = handler.handle(DataRequest.of(ctx, auth, usage), ctx);
            ctx.status(status);
            if (body != null) {
                JsonBody.write(ctx, ctx.statusCode(), JSON.writeValueAsString(body));
            }
        };
    }

    // Salesforce's error array; DML errors also name their fields.
    private void error(DataException e, Context ctx) {
        LOG.debug("data API refusal on {} {}: {} {}", ctx.method(), ctx.path(), e.errorCode(), e.getMessage());
        ErrorResponses.rest(ctx, e.status(), e.errorCode(), e.getMessage(), e.fields());
    }
}
