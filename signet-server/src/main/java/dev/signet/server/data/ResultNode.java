package dev.signet.server.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record as a response shows it: type and ID (for {@code attributes}) and the selected fields in
 * order, in JSON-ready form ({@link FieldValues#toJson}); a parent relationship holds a nested
 * node, or null when the lookup is empty.
 */
public record ResultNode(String type, String id, Map<String, Object> fields) {
    public ResultNode {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The given fields of a record, in the given order. */
    public static ResultNode of(SObjectDef type, DataRecord record, List<FieldDef> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldDef f : fields) {
            values.put(f.name(), FieldValues.toJson(f.type(), record.get(f.name())));
        }
        return new ResultNode(type.name(), record.id(), values);
    }
}
