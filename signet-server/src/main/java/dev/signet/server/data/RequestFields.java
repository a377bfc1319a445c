package dev.signet.server.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field values of a create or update body, by canonical name: names matched
 * case-insensitively, {@code attributes} ignored, unknown and read-only fields refused.
 */
final class RequestFields {
    private RequestFields() {}

    static Map<String, Object> parse(SObjectDef type, JsonNode body, boolean creating) {
        if (body == null || !body.isObject()) {
            throw DataException.jsonParser("Cannot deserialize instance of " + type.name() + " from "
                    + (body != null && body.isArray() ? "START_ARRAY" : "VALUE") + ": the body must be a JSON object");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> readOnly = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            if (e.getKey().equalsIgnoreCase("attributes")) {
                continue;
            }
            FieldDef f = type.field(e.getKey()).orElseThrow(() -> new DataException(400, "INVALID_FIELD",
                    "No such column '" + e.getKey() + "' on sobject of type " + type.name()));
            if (creating ? !f.createable() : !f.updateable()) {
                readOnly.add(f.name());
                continue;
            }
            values.put(f.name(), FieldValues.fromRequest(f, e.getValue()));
        }
        if (!readOnly.isEmpty()) {
            throw new DataException(400, "INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to create/update fields: "
                    + String.join(", ", readOnly) + ". Please check the security settings of this field and verify "
                    + "that it is read/write for your profile or permission set.", readOnly);
        }
        return values;
    }
}
