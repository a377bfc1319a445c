package dev.signet.server.data;

import java.util.List;
import java.util.Objects;

/**
 * One field of an sObject as describe reports it. Built with {@link #builder(String, FieldType)};
 * the flags say what the API lets a caller do: {@code createable}/{@code updateable} fields may be
 * set, a non-{@code nillable} field that is not {@code defaultedOnCreate} must be given on create.
 *
 * @param defaultValue value used on create when none is given (Java form), or null
 */
public record FieldDef(
        String name,
        String label,
        FieldType type,
        boolean nillable,
        boolean createable,
        boolean updateable,
        boolean defaultedOnCreate,
        List<String> referenceTo,
        String relationshipName,
        int length,
        boolean custom,
        boolean nameField,
        boolean autoNumber,
        Object defaultValue,
        List<String> picklistValues) {
    public FieldDef {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(type, "type must not be null");
        referenceTo = List.copyOf(referenceTo);
        picklistValues = List.copyOf(picklistValues);
    }

    public static Builder builder(String name, FieldType type) {
        return new Builder(name, type);
    }

    /** Must the caller give a value on create? */
    public boolean required() {
        return !nillable && createable && !defaultedOnCreate;
    }

    /** Builder: by default an optional field the caller may create and update. */
    public static final class Builder {
        private final String name;
        private final FieldType type;
        private String label;
        private boolean nillable = true;
        private boolean createable = true;
        private boolean updateable = true;
        private boolean defaultedOnCreate;
        private List<String> referenceTo = List.of();
        private String relationshipName;
        private int length;
        private boolean custom;
        private boolean nameField;
        private boolean autoNumber;
        private Object defaultValue;
        private List<String> picklistValues = List.of();

        private Builder(String name, FieldType type) {
            this.name = name;
            this.type = type;
            this.length = type.defaultLength();
            if (type == FieldType.BOOLEAN) {
                nillable = false;
                defaultedOnCreate = true;
                defaultValue = Boolean.FALSE;
            }
        }

        public Builder label(String v) {
            this.label = v;
            return this;
        }

        /** Not nillable and not defaulted: a create without it fails with REQUIRED_FIELD_MISSING. */
        public Builder required() {
            this.nillable = false;
            return this;
        }

        /** Maintained by the server: neither createable nor updateable. */
        public Builder readOnly() {
            this.createable = false;
            this.updateable = false;
            return this;
        }

        public Builder nillable(boolean v) {
            this.nillable = v;
            return this;
        }

        public Builder defaultedOnCreate() {
            this.defaultedOnCreate = true;
            return this;
        }

        public Builder defaultValue(Object v) {
            this.defaultValue = v;
            this.defaultedOnCreate = true;
            return this;
        }

        public Builder reference(String target, String relationship) {
            this.referenceTo = List.of(target);
            this.relationshipName = relationship;
            return this;
        }

        public Builder length(int v) {
            this.length = v;
            return this;
        }

        public Builder custom() {
            this.custom = true;
            return this;
        }

        public Builder nameField() {
            this.nameField = true;
            return this;
        }

        /** Numbered by the server on create ({@code Case.CaseNumber}): read-only, never null. */
        public Builder autoNumber() {
            this.autoNumber = true;
            this.nillable = false;
            this.defaultedOnCreate = true;
            return readOnly();
        }

        public Builder picklist(String... values) {
            this.picklistValues = List.of(values);
            return this;
        }

        public FieldDef build() {
            return new FieldDef(name, label == null ? Labels.fromApiName(name) : label, type, nillable, createable,
                    updateable, defaultedOnCreate, referenceTo, relationshipName, length, custom, nameField,
                    autoNumber, defaultValue, picklistValues);
        }
    }
}
