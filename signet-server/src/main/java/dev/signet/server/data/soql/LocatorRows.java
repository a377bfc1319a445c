package dev.signet.server.data.soql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.data.ResultNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Result rows kept behind a query locator, as JSON text in the database. Values keep the types the
 * REST response distinguishes (null, boolean, whole number, decimal, nested record); anything
 * else is kept as the text the response shows for it, so a page read back renders exactly as it
 * would have from memory.
 */
final class LocatorRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocatorRows() {}

    static String write(List<ResultNode> rows) {
        ArrayNode array = JSON.createArrayNode();
        rows.forEach(r -> array.add(node(r)));
        try {
            return JSON.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result row cannot be written as JSON", e);
        }
    }

    static List<ResultNode> read(String json) {
        try {
            List<ResultNode> rows = new ArrayList<>();
            JSON.readTree(json).forEach(n -> rows.add(node(n)));
            return rows;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("kept query rows are not JSON", e);
        }
    }

    private static ObjectNode node(ResultNode row) {
        ObjectNode n = JSON.createObjectNode().put("t", row.type()).put("i", row.id());
        ObjectNode fields = n.putObject("f");
        row.fields().forEach((name, value) -> put(fields, name, value));
        return n;
    }

    private static void put(ObjectNode fields, String name, Object value) {
        if (value == null) {
            fields.putNull(name);
        } else if (value instanceof ResultNode nested) {
            fields.set(name, node(nested));
        } else if (value instanceof Boolean b) {
            fields.put(name, b);
        } else if (value instanceof Long l) {
            fields.put(name, l);
        } else if (value instanceof Double d && Double.isFinite(d)) {
            fields.put(name, d);
        } else {
            fields.put(name, value.toString());
        }
    }

    private static ResultNode node(JsonNode n) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.get("f").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            fields.put(e.getKey(), value(e.getValue()));
        }
        return new ResultNode(n.get("t").asText(), n.get("i").isNull() ? null : n.get("i").asText(), fields);
    }

    private static Object value(JsonNode v) {
        if (v.isNull()) {
            return null;
        } else if (v.isObject()) {
            return node(v);
        } else if (v.isBoolean()) {
            return v.booleanValue();
        } else if (v.isIntegralNumber()) {
            return v.longValue();
        } else if (v.isNumber()) {
            return v.doubleValue();
        }
        return v.asText();
    }
}
