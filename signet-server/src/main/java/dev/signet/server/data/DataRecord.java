package dev.signet.server.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record as the data layer sees it: its type, 18-character ID, and every field value keyed by
 * canonical field name, in Java form (String, BigDecimal, Boolean, LocalDate, Instant, or null).
 */
public record DataRecord(String type, String id, Map<String, Object> values) {
    public DataRecord {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Object get(String fieldName) {
        return values.get(fieldName);
    }
}
