package dev.signet.server.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.ids.SalesforceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Converts field values between their JSON forms (request bodies, responses, storage) and the Java
 * forms the data layer compares: String, BigDecimal, Boolean, LocalDate, Instant. Empty strings
 * become null, as Salesforce stores them.
 */
public final class FieldValues {
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal MAX_DOUBLE = BigDecimal.valueOf(Double.MAX_VALUE);
    private FieldValues() {}

    /** A value from a create/update body; refuses what Salesforce would refuse, naming the field. */
    public static Object fromRequest(FieldDef field, JsonNode node) {
        if (node == null || node.isNull()) {
            return field.type() == FieldType.BOOLEAN ? Boolean.FALSE : null;
        }
        if (node.isContainerNode()) {
            throw cannotDeserialize(field, node);
        }
        return switch (field.type().kind()) {
            case TEXT -> text(field, node.asText());
            case NUMBER -> number(field, node);
            case BOOLEAN -> bool(field, node);
            case DATE -> Dates.parseDate(node.asText()).or(() -> Dates.parseDateTime(node.asText(), false)
                    .map(i -> LocalDate.ofInstant(i, java.time.ZoneOffset.UTC)))
                    .orElseThrow(() -> cannotDeserialize(field, node));
            case DATETIME -> Dates.parseDateTime(node.asText(), false).or(() -> Dates.parseDate(node.asText())
                    .map(d -> d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                    .orElseThrow(() -> cannotDeserialize(field, node));
        };
    }

    /** The JSON-ready form for responses and storage: String, Long, Double, Boolean or null. */
    public static Object toJson(FieldType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type.kind()) {
            case NUMBER -> type == FieldType.INT ? (Object) ((BigDecimal) value).longValue()
                    : (Object) ((BigDecimal) value).doubleValue();
            case DATE -> Dates.format((LocalDate) value);
            case DATETIME -> Dates.format((Instant) value);
            default -> value;
        };
    }

    /** A value read back from storage, which holds the {@link #toJson} form. */
    public static Object fromStorage(FieldType type, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return switch (type.kind()) {
            case TEXT -> node.asText();
            case NUMBER -> node.decimalValue();
            case BOOLEAN -> node.asBoolean();
            case DATE -> LocalDate.parse(node.asText());
            case DATETIME -> Dates.parseDateTime(node.asText(), false).orElse(null);
        };
    }

    private static Object text(FieldDef field, String value) {
        if (value.isEmpty()) {
            return null;
        }
        if (field.type() == FieldType.ID || field.type() == FieldType.REFERENCE) {
            if (!SalesforceId.isValid(value)) {
                throw new DataException(400, "MALFORMED_ID", field.label() + ": id value of incorrect type: " + value,
                        List.of(field.name()));
            }
            return SalesforceId.parse(value).to18();
        }
        if (field.length() > 0 && value.length() > field.length()) {
            throw new DataException(400, "STRING_TOO_LONG", field.label() + ": data value too large: "
                    + abbreviate(value) + " (max length=" + field.length() + ")", List.of(field.name()));
        }
        if (field.type() == FieldType.EMAIL && !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DataException(400, "INVALID_EMAIL_ADDRESS", field.label() + ": invalid email address: " + value,
                    List.of(field.name()));
        }
        return value;
    }

    private static BigDecimal number(FieldDef field, JsonNode node) {
        BigDecimal n;
        if (node.isNumber()) {
            // A literal beyond double's range (1e400) arrives as an infinite double.
            if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
                throw cannotDeserialize(field, node);
            }
            n = node.decimalValue();
        } else {
            try {
                n = new BigDecimal(node.asText().trim());
            } catch (NumberFormatException e) {
                throw cannotDeserialize(field, node);
            }
        }
        boolean integral = n.stripTrailingZeros().scale() <= 0;
        if (field.type() == FieldType.INT ? !integral || n.abs().compareTo(MAX_INT) > 0
                : n.abs().compareTo(MAX_DOUBLE) > 0) {
            throw cannotDeserialize(field, node);
        }
        return n;
    }

    private static Boolean bool(FieldDef field, JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String s = node.asText();
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            return Boolean.valueOf(s);
        }
        throw cannotDeserialize(field, node);
    }

    private static DataException cannotDeserialize(FieldDef field, JsonNode node) {
        String token = node.isTextual() ? "VALUE_STRING" : node.isNumber() ? "VALUE_NUMBER"
                : node.isBoolean() ? "VALUE_" + String.valueOf(node.asBoolean()).toUpperCase(java.util.Locale.ROOT)
                : node.isArray() ? "START_ARRAY" : "START_OBJECT";
        return DataException.jsonParser("Cannot deserialize instance of " + field.type().describeName() + " from "
                + token + " value " + abbreviate(node.toString()) + " or request may be missing a required field "
                + "(field " + field.name() + ")");
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
