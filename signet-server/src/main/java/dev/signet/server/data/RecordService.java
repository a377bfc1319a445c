package dev.signet.server.data;

import static dev.signet.server.data.SystemFields.CREATED_BY_ID;
import static dev.signet.server.data.SystemFields.CREATED_DATE;
import static dev.signet.server.data.SystemFields.IS_DELETED;
import static dev.signet.server.data.SystemFields.LAST_MODIFIED_BY_ID;
import static dev.signet.server.data.SystemFields.LAST_MODIFIED_DATE;
import static dev.signet.server.data.SystemFields.OWNER_ID;
import static dev.signet.server.data.SystemFields.SYSTEM_MODSTAMP;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.ids.SalesforceId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Create, read, update and delete of single records, with Salesforce's checks and errors: unknown
 * or read-only fields, missing required fields, bad or dangling references. The server sets the
 * ID, owner (default: the caller), audit fields (with the injected clock) and derived fields.
 */
public record RecordService(ObjectCatalog catalog, RecordSources sources, Clock clock) {
    /** Creates a record from a JSON body; returns its 18-character ID. */
    public String create(String typeName, JsonNode body, String userId) {
        SObjectDef type = writable(catalog.require(typeName), "inserted");
        Map<String, Object> given = RequestFields.parse(type, body, true);
        Map<String, Object> values = new LinkedHashMap<>();
        type.fields().forEach(f -> values.put(f.name(), f.defaultValue()));
        values.putAll(given);
        values.putIfAbsent(OWNER_ID, null);
        if (values.get(OWNER_ID) == null) {
            values.put(OWNER_ID, userId);
        }
        requirePresent(type, values, type.fields().stream().filter(FieldDef::required).toList());
        checkReferences(type, given);
        String id = SalesforceId.random(type.keyPrefix()).to18();
        Instant now = now();
        values.put(SystemFields.ID_FIELD, id);
        values.put(IS_DELETED, false);
        values.put(CREATED_DATE, now);
        values.put(CREATED_BY_ID, userId);
        touch(values, now, userId);
        for (FieldDef f : type.fields()) {
            if (f.autoNumber()) {
                values.put(f.name(), String.format(Locale.ROOT, "%08d", sources.store().nextNumber(type.name())));
            }
        }
        if (type.custom() && values.get("Name") == null) {
            values.put("Name", id);
        }
        type.derive().accept(values);
        sources.store().insert(type, new DataRecord(type.name(), id, values));
        return id;
    }

    /** The live record, or 404. */
    public DataRecord read(String typeName, String id) {
        SObjectDef type = catalog.require(typeName);
        return live(type, id);
    }

    public void update(String typeName, String id, JsonNode body, String userId) {
        SObjectDef type = writable(catalog.require(typeName), "updated");
        DataRecord existing = live(type, id);
        Map<String, Object> given = RequestFields.parse(type, body, false);
        requirePresent(type, given, type.fields().stream().filter(f -> !f.nillable() && given.containsKey(f.name()))
                .toList());
        checkReferences(type, given);
        Instant now = now();
        boolean updated = sources.store().update(type, existing.id(), values -> {
            values.putAll(given);
            touch(values, now, userId);
            type.derive().accept(values);
        });
        if (!updated) {
            throw entityIsDeleted();
        }
    }

    public void delete(String typeName, String id, String userId) {
        SObjectDef type = writable(catalog.require(typeName), "deleted");
        DataRecord existing = live(type, id);
        if (!sources.store().markDeleted(existing.id(), now(), userId)) {
            throw entityIsDeleted();
        }
    }

    private DataRecord live(SObjectDef type, String id) {
        if (id == null || !SalesforceId.isValid(id)) {
            throw DataException.notFound();
        }
        SalesforceId parsed = SalesforceId.parse(id);
        if (!parsed.keyPrefix().equals(type.keyPrefix())) {
            throw DataException.notFound();
        }
        DataRecord record = sources.find(type, parsed.to18()).orElseThrow(DataException::notFound);
        if (Boolean.TRUE.equals(record.get(IS_DELETED))) {
            throw entityIsDeleted();
        }
        return record;
    }

    private void checkReferences(SObjectDef type, Map<String, Object> given) {
        for (Map.Entry<String, Object> e : given.entrySet()) {
            FieldDef f = type.field(e.getKey()).orElseThrow();
            if (f.type() != FieldType.REFERENCE || e.getValue() == null) {
                continue;
            }
            String id = (String) e.getValue();
            SObjectDef target = catalog.require(f.referenceTo().get(0));
            if (!id.startsWith(target.keyPrefix())) {
                throw new DataException(400, "FIELD_INTEGRITY_EXCEPTION", f.label() + ": id value of incorrect type: "
                        + id, List.of(f.name()));
            }
            boolean exists = sources.find(target, id).filter(r -> !Boolean.TRUE.equals(r.get(IS_DELETED))).isPresent();
            if (!exists) {
                throw new DataException(400, "INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id",
                        List.of(f.name()));
            }
        }
    }

    private static void requirePresent(SObjectDef type, Map<String, Object> values, List<FieldDef> required) {
        List<String> missing = required.stream().map(FieldDef::name).filter(n -> values.get(n) == null).toList();
        if (!missing.isEmpty()) {
            throw new DataException(400, "REQUIRED_FIELD_MISSING", "Required fields are missing: "
                    + missing.toString(), missing);
        }
    }

    private static void touch(Map<String, Object> values, Instant now, String userId) {
        values.put(LAST_MODIFIED_DATE, now);
        values.put(LAST_MODIFIED_BY_ID, userId);
        values.put(SYSTEM_MODSTAMP, now);
    }

    private static SObjectDef writable(SObjectDef type, String verb) {
        if (!type.writable()) {
            throw new DataException(400, "INVALID_TYPE_FOR_OPERATION", "entity type cannot be " + verb + ": "
                    + type.name() + " (Signet serves it read-only; manage users with the admin API)");
        }
        return type;
    }

    private static DataException entityIsDeleted() {
        return new DataException(404, "ENTITY_IS_DELETED", "entity is deleted");
    }

    // Salesforce keeps dateTime values to the millisecond.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
