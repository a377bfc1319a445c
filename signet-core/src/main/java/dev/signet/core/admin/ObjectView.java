package dev.signet.core.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An object of the REST data API, standard or custom, with its fields ({@code GET /objects}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ObjectView(
        String name, String label, String labelPlural, String keyPrefix, boolean custom, boolean writable,
        List<Field> fields) {

    /** A field; {@code referenceTo} and {@code relationshipName} only on reference fields. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(
            String name, String label, String type, boolean required, boolean custom,
            @JsonInclude(JsonInclude.Include.NON_NULL) String referenceTo,
            @JsonInclude(JsonInclude.Include.NON_NULL) String relationshipName) {}
}
