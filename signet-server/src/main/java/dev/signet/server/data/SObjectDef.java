package dev.signet.server.data;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An sObject type: its name, key prefix, fields, and where its records come from. Names are
 * matched case-insensitively everywhere, as Salesforce does; the definition holds the canonical
 * casing that responses use.
 *
 * @param derive recomputes server-maintained fields (for example {@code Contact.Name}) from a
 *     record's values before it is stored
 */
public record SObjectDef(
        String name,
        String label,
        String labelPlural,
        String keyPrefix,
        boolean custom,
        Storage storage,
        List<FieldDef> fields,
        Consumer<Map<String, Object>> derive) {
    /** Where records of a type live. */
    public enum Storage {
        /** The generic record table: full create, read, update, delete. */
        RECORDS,
        /** The org's users (read-only through the data API). */
        USERS,
        /** The one org row (read-only). */
        ORGANIZATION
    }

    public SObjectDef {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(keyPrefix, "keyPrefix must not be null");
        fields = List.copyOf(fields);
        derive = derive == null ? values -> { } : derive;
    }

    /** Records can be created, updated and deleted through the API only when stored generically. */
    public boolean writable() {
        return storage == Storage.RECORDS;
    }

    public Optional<FieldDef> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(fieldName)).findFirst();
    }

    /** The reference field whose relationship name is given ({@code Account} → {@code AccountId}). */
    public Optional<FieldDef> relationship(String relationshipName) {
        return fields.stream().filter(f -> f.relationshipName() != null
                && f.relationshipName().equalsIgnoreCase(relationshipName)).findFirst();
    }

    public Optional<FieldDef> nameField() {
        return fields.stream().filter(FieldDef::nameField).findFirst();
    }
}
