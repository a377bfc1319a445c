package dev.signet.server.data;

import dev.signet.server.model.Refusal;
import java.util.List;

/**
 * A refusal of the data API, in Salesforce's terms: an HTTP status, an {@code errorCode} such as
 * {@code INVALID_FIELD}, a message, and the fields concerned (for DML errors).
 */
public final class DataException extends Refusal {
    private static final long serialVersionUID = 1L;
    static final String WSDL_HINT = "Please reference your WSDL or the describe call for the appropriate names.";
    private final List<String> fields;

    public DataException(int status, String errorCode, String message, List<String> fields) {
        super(status, errorCode, message);
        this.fields = List.copyOf(fields);
    }

    public DataException(int status, String errorCode, String message) {
        this(status, errorCode, message, List.of());
    }

    public static DataException invalidType(String typeName) {
        return new DataException(400, "INVALID_TYPE", invalidTypeMessage(typeName));
    }

    public static String invalidTypeMessage(String typeName) {
        return "sObject type '" + typeName + "' is not supported. If you are attempting to use a custom object, "
                + "be sure to append the '__c' after the entity name. " + WSDL_HINT;
    }

    /** An unknown field in a query or a {@code fields=} list. */
    public static String noSuchColumnMessage(String field, String entity) {
        return "No such column '" + field + "' on entity '" + entity + "'. If you are attempting to use a custom "
                + "field, be sure to append the '__c' after the custom field name. " + WSDL_HINT;
    }

    public static DataException invalidField(String field, String entity) {
        return new DataException(400, "INVALID_FIELD", noSuchColumnMessage(field, entity));
    }

    public static DataException notFound() {
        return new DataException(404, "NOT_FOUND", "The requested resource does not exist");
    }

    public static DataException malformedQuery(String message) {
        return new DataException(400, "MALFORMED_QUERY", message);
    }

    public static DataException jsonParser(String message) {
        return new DataException(400, "JSON_PARSER_ERROR", message);
    }

    public List<String> fields() {
        return fields;
    }
}
