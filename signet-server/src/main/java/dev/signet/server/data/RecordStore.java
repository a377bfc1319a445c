package dev.signet.server.data;

import static dev.signet.server.data.SystemFields.CREATED_BY_ID;
import static dev.signet.server.data.SystemFields.CREATED_DATE;
import static dev.signet.server.data.SystemFields.ID_FIELD;
import static dev.signet.server.data.SystemFields.IS_DELETED;
import static dev.signet.server.data.SystemFields.LAST_MODIFIED_BY_ID;
import static dev.signet.server.data.SystemFields.LAST_MODIFIED_DATE;
import static dev.signet.server.data.SystemFields.OWNER_ID;
import static dev.signet.server.data.SystemFields.SYSTEM_MODSTAMP;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signet.server.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Records of every stored type in one table, {@code sobject_record}: the system fields as columns,
 * all other field values as one JSON object (text) in {@code data}. Deletes are soft
 * ({@code deleted = true}), so {@code queryAll} still sees them.
 */
public final class RecordStore {
    private static final Set<String> COLUMN_FIELDS = Set.of(ID_FIELD, IS_DELETED, OWNER_ID, CREATED_DATE, CREATED_BY_ID,
            LAST_MODIFIED_DATE, LAST_MODIFIED_BY_ID, SYSTEM_MODSTAMP);
    private static final String COLUMNS = "id, type_name, owner_id, created_at, created_by, modified_at, modified_by, "
            + "deleted, data";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbc jdbc;

    public RecordStore(Jdbc jdbc) {
        this.jdbc = jdbc.untracked(); // writes nothing the directory cache holds
    }

    /** All records of a type, oldest first (ties by ID), optionally with the deleted ones. */
    public List<DataRecord> findAll(SObjectDef type, boolean includeDeleted) {
        return jdbc.query("select " + COLUMNS + " from sobject_record where type_name = ?"
                + (includeDeleted ? "" : " and deleted = false") + " order by created_at, id",
                rs -> map(type, rs), type.name());
    }

    /** The record, deleted or not. */
    public Optional<DataRecord> find(SObjectDef type, String id18) {
        return jdbc.queryOne("select " + COLUMNS + " from sobject_record where id = ? and type_name = ?",
                rs -> map(type, rs), id18, type.name());
    }

    public void insert(SObjectDef type, DataRecord r) {
        jdbc.update("insert into sobject_record (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(),
                type.name(), r.get(OWNER_ID), r.get(CREATED_DATE), r.get(CREATED_BY_ID), r.get(LAST_MODIFIED_DATE),
                r.get(LAST_MODIFIED_BY_ID), false, data(type, r));
    }

    /**
     * Applies {@code change} to the live record's values under a row lock, so concurrent updates
     * of one record don't lose each other's fields; false when the record is gone or deleted.
     */
    public boolean update(SObjectDef type, String id18, Consumer<Map<String, Object>> change) {
        return jdbc.inTransaction(tx -> {
            Optional<DataRecord> current = tx.queryOne("select " + COLUMNS + " from sobject_record where id = ? "
                    + "and type_name = ? and deleted = false" + tx.dialect().forUpdate(), rs -> map(type, rs), id18,
                    type.name());
            if (current.isEmpty()) {
                return false;
            }
            Map<String, Object> values = new HashMap<>(current.get().values());
            change.accept(values);
            DataRecord r = new DataRecord(type.name(), id18, values);
            tx.update("update sobject_record set owner_id = ?, modified_at = ?, modified_by = ?, data = ? where id = ?",
                    r.get(OWNER_ID), r.get(LAST_MODIFIED_DATE), r.get(LAST_MODIFIED_BY_ID), data(type, r), id18);
            return true;
        });
    }

    public boolean markDeleted(String id18, Instant now, String userId) {
        return jdbc.update("update sobject_record set deleted = true, modified_at = ?, modified_by = ? "
                + "where id = ? and deleted = false", now, userId, id18) == 1;
    }

    /** Live records of all types, for the storage figure in {@code limits}. */
    public long countLive() {
        return jdbc.queryOne("select count(*) from sobject_record where deleted = false", rs -> rs.getLong(1))
                .orElse(0L);
    }

    /** The next value of a type's auto-number (seeded by the migration), atomically. */
    public long nextNumber(String typeName) {
        return jdbc.inTransaction(tx -> {
            tx.update("update sobject_autonumber set last_value = last_value + 1 where type_name = ?", typeName);
            return tx.queryOne("select last_value from sobject_autonumber where type_name = ?", rs -> rs.getLong(1),
                    typeName).orElseThrow(() -> new IllegalStateException("no auto-number for " + typeName));
        });
    }

    private static String data(SObjectDef type, DataRecord r) {
        ObjectNode data = JSON.createObjectNode();
        for (FieldDef f : type.fields()) {
            if (!COLUMN_FIELDS.contains(f.name()) && r.get(f.name()) != null) {
                data.set(f.name(), JSON.valueToTree(FieldValues.toJson(f.type(), r.get(f.name()))));
            }
        }
        return data.toString();
    }

    private static DataRecord map(SObjectDef type, ResultSet rs) throws SQLException {
        JsonNode data;
        try {
            data = JSON.readTree(rs.getString("data"));
        } catch (JsonProcessingException e) {
            throw new SQLException("corrupt record data for " + rs.getString("id"), e);
        }
        Instant modified = Jdbc.instant(rs, "modified_at");
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldDef f : type.fields()) {
            values.put(f.name(), switch (f.name()) {
                case ID_FIELD -> rs.getString("id");
                case IS_DELETED -> rs.getBoolean("deleted");
                case OWNER_ID -> rs.getString("owner_id");
                case CREATED_DATE -> Jdbc.instant(rs, "created_at");
                case CREATED_BY_ID -> rs.getString("created_by");
                case LAST_MODIFIED_DATE, SYSTEM_MODSTAMP -> modified;
                case LAST_MODIFIED_BY_ID -> rs.getString("modified_by");
                default -> FieldValues.fromStorage(f.type(), data.get(f.name()));
            });
        }
        return new DataRecord(type.name(), rs.getString("id"), values);
    }
}
