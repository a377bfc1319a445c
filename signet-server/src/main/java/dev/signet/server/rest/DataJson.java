package dev.signet.server.rest;

import static dev.signet.server.http.Json.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.data.ResultNode;
import dev.signet.server.data.soql.QueryCursors;
import java.util.Map;

/**
 * JSON shapes of records and query results: {@code {"attributes":{"type":…,"url":…},"Id":…}} and
 * {@code {"totalSize":…,"done":…,"nextRecordsUrl":…,"records":[…]}}.
 */
final class DataJson {

    DataJson() {
    }

    /** {@code api} is {@code /services/data/vNN.0} (plus {@code /tooling} for Tooling records). */
    ObjectNode record(ResultNode node, String api) {
        ObjectNode n = JSON.createObjectNode();
        n.set("attributes", attributes(node.type(), node.id(), api));
        for (Map.Entry<String, Object> e : node.fields().entrySet()) {
            put(n, e.getKey(), e.getValue(), api);
        }
        return n;
    }

    ObjectNode attributes(String type, String id, String api) {
        return JSON.createObjectNode().put("type", type).put("url", api + "/sobjects/" + type + "/" + id);
    }

    /** A page of a query result; {@code queryPath} is where locators are read ({@code …/query}). */
    ObjectNode page(QueryCursors.Page page, String api, String queryPath) {
        ObjectNode n = JSON.createObjectNode();
        n.put("totalSize", page.totalSize());
        n.put("done", page.nextLocator() == null);
        if (page.nextLocator() != null) {
            n.put("nextRecordsUrl", queryPath + "/" + page.nextLocator());
        }
        ArrayNode records = n.putArray("records");
        page.records().forEach(r -> records.add(record(r, api)));
        return n;
    }

    private void put(ObjectNode n, String key, Object value, String api) {
        if (value == null) {
            n.putNull(key);
        } else if (value instanceof ResultNode child) {
            n.set(key, record(child, api));
        } else if (value instanceof Boolean b) {
            n.put(key, b);
        } else if (value instanceof Long l) {
            n.put(key, l);
        } else if (value instanceof Double d) {
            n.put(key, d);
        } else {
            n.put(key, value.toString());
        }
    }
}
