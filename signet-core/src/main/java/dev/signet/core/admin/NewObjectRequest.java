package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * {@code POST /objects}: a custom object ({@code Invoice__c}) and its custom fields; the server
 * checks names and types and fills in labels.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewObjectRequest(String name, String label, String labelPlural, List<Field> fields) {
    public NewObjectRequest {
        Required.text(name, "name");
        fields = fields == null ? List.of() : fields;
        if (fields.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("fields must be objects with a name and a type");
        }
    }

    /** A custom field; {@code referenceTo} names the object a reference field points to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(
            String name, String label, String type, String referenceTo,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean required) {
        public Field {
            Required.text(name, "name");
            Required.text(type, "type");
        }
    }
}
