package dev.signet.server.data;

import java.util.List;

/**
 * What an admin asks for when defining a custom object: API name ({@code Invoice__c}), labels
 * (null for defaults) and custom fields.
 */
public record CustomObjectSpec(String name, String label, String labelPlural, List<Field> fields) {
    public CustomObjectSpec {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /**
     * A custom field: API name ({@code Amount__c}), type name ({@code currency}, {@code reference}…),
     * the referenced object for lookups, and whether a value is required on create.
     */
    public record Field(String name, String label, String type, String referenceTo, boolean required) {}
}
