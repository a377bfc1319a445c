package dev.signet.server.rest;

import static dev.signet.server.http.Json.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.data.DataException;
import dev.signet.server.data.FieldType;
import dev.signet.server.data.soql.Column;
import dev.signet.server.data.soql.QueryColumns;
import dev.signet.server.data.soql.QueryCursors;
import dev.signet.server.data.soql.SoqlEngine.Scope;
import dev.signet.server.data.soql.SoqlEngine;
import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code query}, {@code queryAll} and {@code tooling/query}: {@code ?q=SOQL} (with
 * {@code columns=true} for column metadata only), batches of 2000 or the
 * {@code Sforce-Query-Options: batchSize=N} asked for (200..2000), and the pages after the first
 * at {@code …/query/{locator}}.
 */
final class QueryEndpoints {
    static final String OPTIONS_HEADER = "Sforce-Query-Options";
    private static final Pattern BATCH_SIZE = Pattern.compile("(?i)batchSize\\s*=\\s*(\\d{1,9})");
    private static final int MIN_BATCH = 200;

    private final SoqlEngine soql;
    private final QueryCursors cursors;
    private final DataJson render;

    QueryEndpoints(SoqlEngine soql, QueryCursors cursors) {
        this.soql = soql;
        this.cursors = cursors;
        this.render = new DataJson();
    }

    ObjectNode query(DataRequest r, Context ctx, Scope scope) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw DataException.malformedQuery("A query string has to be specified (parameter q)");
        }
        if ("true".equalsIgnoreCase(ctx.queryParam("columns"))) {
            return columns(soql.columns(q, scope));
        }
        QueryCursors.Page page = cursors.first(soql.query(q, scope), batchSize(ctx), owner(r, scope));
        return render.page(page, recordApi(r, scope), queryPath(r, scope));
    }

    ObjectNode more(DataRequest r, Context ctx, Scope scope) {
        QueryCursors.Page page = cursors.next(ctx.pathParam("locator"), batchSize(ctx), owner(r, scope));
        return render.page(page, recordApi(r, scope), queryPath(r, scope));
    }

    private static int batchSize(Context ctx) {
        String options = ctx.header(OPTIONS_HEADER);
        Matcher m = options == null ? null : BATCH_SIZE.matcher(options);
        if (m == null || !m.find()) {
            return QueryCursors.DEFAULT_BATCH;
        }
        return Math.max(MIN_BATCH, Math.min(QueryCursors.DEFAULT_BATCH, Integer.parseInt(m.group(1))));
    }

    // Locators of query and queryAll are interchangeable; Tooling ones are separate.
    private static QueryCursors.Owner owner(DataRequest r, Scope scope) {
        return new QueryCursors.Owner(r.userId(), scope == Scope.TOOLING ? "tooling" : "data");
    }

    private static String recordApi(DataRequest r, Scope scope) {
        return scope == Scope.TOOLING ? r.api() + "/tooling" : r.api();
    }

    private static String queryPath(DataRequest r, Scope scope) {
        return switch (scope) {
            case QUERY -> r.api() + "/query";
            case QUERY_ALL -> r.api() + "/queryAll";
            case TOOLING -> r.api() + "/tooling/query";
        };
    }

    private ObjectNode columns(QueryColumns c) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode list = n.putArray("columnMetadata");
        c.columns().forEach(col -> list.add(column(col)));
        n.put("entityName", c.entity().name()).put("groupBy", false).put("idSelected", c.idSelected())
                .put("keyPrefix", c.entity().keyPrefix());
        return n;
    }

    private ObjectNode column(Column c) {
        FieldType type = c.field() == null ? null : c.field().type();
        ObjectNode n = JSON.createObjectNode();
        n.put("aggregate", false).put("apexType", type == null ? null : type.apexType())
                .put("booleanType", type == FieldType.BOOLEAN).put("columnName", c.columnName())
                .put("custom", c.field() != null && c.field().custom()).put("displayName", c.displayName())
                .putNull("foreignKeyName").put("insertable", c.field() != null && c.field().createable());
        ArrayNode joins = n.putArray("joinColumns");
        c.joinColumns().forEach(j -> joins.add(column(j)));
        n.put("numberType", type != null && type.kind() == FieldType.Kind.NUMBER)
                .put("textType", type != null && type.kind() == FieldType.Kind.TEXT)
                .put("updatable", c.field() != null && c.field().updateable());
        return n;
    }
}
