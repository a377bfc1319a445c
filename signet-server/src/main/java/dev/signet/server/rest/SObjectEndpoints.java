package dev.signet.server.rest;

import static dev.signet.server.http.Json.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.data.DataException;
import dev.signet.server.http.Json;
import dev.signet.server.data.DataRecord;
import dev.signet.server.data.FieldDef;
import dev.signet.server.data.ObjectCatalog;
import dev.signet.server.data.RecordService;
import dev.signet.server.data.RecordSources;
import dev.signet.server.data.ResultNode;
import dev.signet.server.data.SObjectDef;
import dev.signet.server.data.SystemFields;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code sobjects} resources: global describe, basic information, describe, and create, read,
 * update, delete of single records.
 */
record SObjectEndpoints(ObjectCatalog catalog, RecordSources sources, RecordService records) {
    private static final int RECENT_ITEMS = 10;
    private static final DescribeJson DESCRIBE = new DescribeJson();
    private static final DataJson RENDER = new DataJson();

    ObjectNode globalDescribe(DataRequest r) {
        ObjectNode n = JSON.createObjectNode().put("encoding", "UTF-8").put("maxBatchSize", 200);
        ArrayNode list = n.putArray("sobjects");
        catalog.all().forEach(t -> list.add(DESCRIBE.summary(t, r.api())));
        return n;
    }

    /** {@code sobjects/{Type}}: the summary and the most recently modified records (Id and name). */
    ObjectNode basicInfo(DataRequest r, String typeName) {
        SObjectDef type = catalog.require(typeName);
        ObjectNode n = JSON.createObjectNode();
        n.set("objectDescribe", DESCRIBE.summary(type, r.api()));
        ArrayNode recent = n.putArray("recentItems");
        List<FieldDef> shown = new ArrayList<>(type.field(SystemFields.ID_FIELD).stream().toList());
        type.nameField().ifPresent(shown::add);
        sources.all(type, false).stream()
                .sorted(Comparator.comparing((DataRecord d) -> (Instant) d.get(SystemFields.LAST_MODIFIED_DATE),
                        Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .limit(RECENT_ITEMS).forEach(d -> recent.add(RENDER.record(ResultNode.of(type, d, shown), r.api())));
        return n;
    }

    ObjectNode describe(DataRequest r, String typeName) {
        return DESCRIBE.describe(catalog.require(typeName), catalog.all(), r.api());
    }

    ObjectNode create(DataRequest r, String typeName, Context ctx) {
        String id = records.create(typeName, body(ctx), r.userId());
        ObjectNode n = JSON.createObjectNode().put("id", id).put("success", true);
        n.putArray("errors");
        return n;
    }

    /** All fields, or those of {@code ?fields=A,B} (each must exist: INVALID_FIELD). */
    ObjectNode read(DataRequest r, String typeName, String id, String fieldsParam) {
        SObjectDef type = catalog.require(typeName);
        DataRecord record = records.read(type.name(), id);
        List<FieldDef> fields = type.fields();
        if (fieldsParam != null && !fieldsParam.isBlank()) {
            fields = new ArrayList<>();
            for (String name : fieldsParam.split(",")) {
                if (!name.isBlank()) {
                    fields.add(type.field(name.trim()).orElseThrow(() -> DataException.invalidField(name.trim(),
                            type.name())));
                }
            }
        }
        return RENDER.record(ResultNode.of(type, record, fields), r.api());
    }

    void update(DataRequest r, String typeName, String id, Context ctx) {
        records.update(typeName, id, body(ctx), r.userId());
    }

    void delete(DataRequest r, String typeName, String id) {
        records.delete(typeName, id, r.userId());
    }

    private JsonNode body(Context ctx) {
        try {
            return Json.read(ctx.body());
        } catch (Json.BodyException e) {
            throw DataException.jsonParser(e.getMessage());
        }
    }
}
