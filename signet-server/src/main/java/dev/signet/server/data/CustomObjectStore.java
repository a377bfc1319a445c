package dev.signet.server.data;

import dev.signet.server.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Custom object definitions in {@code sobject_type} and {@code sobject_field}, stored as the spec
 * the admin gave (the catalog rebuilds the full definition from it), with the key prefix assigned.
 */
public final class CustomObjectStore {
    /** A stored definition: the spec and its key prefix. */
    public record Stored(CustomObjectSpec spec, String keyPrefix) {}

    private static final String TYPE_COLUMNS = "name, key_prefix, label, label_plural";
    private static final String FIELD_COLUMNS = "name, label, field_type, reference_to, required";

    private final Jdbc jdbc;

    public CustomObjectStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public List<Stored> findAll() {
        return jdbc.query("select " + TYPE_COLUMNS + " from sobject_type order by name", this::mapType).stream()
                .map(this::withFields).toList();
    }

    public Optional<Stored> find(String name) {
        return jdbc.queryOne("select " + TYPE_COLUMNS + " from sobject_type where name_lower = ?", this::mapType,
                name.toLowerCase(Locale.ROOT)).map(this::withFields);
    }

    public List<String> keyPrefixes() {
        return jdbc.query("select key_prefix from sobject_type", rs -> rs.getString(1));
    }

    /** Inserts the definition; a duplicate name or prefix fails on the unique keys. */
    public void insert(Stored stored, Instant now) {
        CustomObjectSpec s = stored.spec();
        jdbc.inTransaction(tx -> {
            tx.update("insert into sobject_type (name, name_lower, key_prefix, label, label_plural, created_at) "
                    + "values (?, ?, ?, ?, ?, ?)", s.name(), s.name().toLowerCase(Locale.ROOT), stored.keyPrefix(),
                    s.label(), s.labelPlural(), now);
            int position = 0;
            for (CustomObjectSpec.Field f : s.fields()) {
                tx.update("insert into sobject_field (type_name, position, " + FIELD_COLUMNS + ") values "
                        + "(?, ?, ?, ?, ?, ?, ?)", s.name(), position++, f.name(), f.label(), f.type(),
                        f.referenceTo(), f.required());
            }
            return null;
        });
    }

    private Stored withFields(Stored type) {
        List<CustomObjectSpec.Field> fields = new ArrayList<>(jdbc.query("select " + FIELD_COLUMNS
                + " from sobject_field where type_name = ? order by position", rs -> new CustomObjectSpec.Field(
                        rs.getString("name"), rs.getString("label"), rs.getString("field_type"),
                        rs.getString("reference_to"), rs.getBoolean("required")), type.spec().name()));
        CustomObjectSpec s = type.spec();
        return new Stored(new CustomObjectSpec(s.name(), s.label(), s.labelPlural(), fields), type.keyPrefix());
    }

    private Stored mapType(ResultSet rs) throws SQLException {
        return new Stored(new CustomObjectSpec(rs.getString("name"), rs.getString("label"),
                rs.getString("label_plural"), List.of()), rs.getString("key_prefix"));
    }
}
