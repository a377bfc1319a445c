package dev.signet.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The one {@link ObjectMapper} for request and response bodies, with the limits every body is
 * read under (see docs/limits.md), and the one reader of request bodies, whose errors say what is
 * wrong with the JSON without naming the parser's settings.
 */
public final class Json {
    /** Deepest nesting of arrays and objects in a request body; Salesforce bodies are flat. */
    public static final int MAX_DEPTH = 64;
    /** Longest number literal: a currency or a date never needs more. */
    public static final int MAX_NUMBER_LENGTH = 100;

    public static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            // {"Name":"a","Name":"b"} means nothing certain: refused rather than last-one-wins
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    /** A request body that is not the JSON it should be; the message is safe to show the caller. */
    public static final class BodyException extends Exception {
        private static final long serialVersionUID = 1L;

        BodyException(String message) {
            super(message);
        }
    }

    private Json() {}

    /** The body as a JSON tree; an empty body is an error too. */
    public static JsonNode read(String body) throws BodyException {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new BodyException("No content to map due to end-of-input: the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BodyException(describe(e));
        }
    }

    /**
     * The body bound to a request record. The record's own checks (required fields) give the
     * message; a wrong type names the field and what it takes; never a Java class name.
     */
    public static <T> T read(String body, Class<T> type) throws BodyException {
        T value;
        try {
            value = JSON.readValue(body, type);
        } catch (ValueInstantiationException e) {
            // a record's own refusal is written for the caller; anything else might name code
            throw new BodyException(e.getCause() instanceof IllegalArgumentException refusal
                    && refusal.getMessage() != null ? refusal.getMessage() : "the body is not a valid request");
        } catch (MismatchedInputException e) {
            throw new BodyException(mismatch(e));
        } catch (JsonProcessingException e) {
            InputCoercionException coercion = coercion(e);
            throw new BodyException(coercion != null ? outOfRange(coercion) : describe(e));
        }
        if (value == null) {
            // a body of just "null" binds to no record at all (found by RequestBodyFuzzTest)
            throw new BodyException("the body must be a JSON object");
        }
        return value;
    }

    // A number too large for its field, thrown as it is or wrapped by the record's binding.
    private static InputCoercionException coercion(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputCoercionException coercion) {
                return coercion;
            }
        }
        return null;
    }

    // "sessionTimeoutMinutes must be a number", or for the body itself "must be a JSON object".
    private static String mismatch(MismatchedInputException e) {
        if (e.getPath().isEmpty()) {
            return "the body must be a JSON object";
        }
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return field + " must be " + kind(e.getTargetType());
    }

    // "Numeric value (1e400) out of range of int": the field it was meant for, and its range.
    private static String outOfRange(InputCoercionException e) {
        JsonParser parser = e.getProcessor();
        String field = parser == null ? null : parser.getParsingContext().getCurrentName();
        return (field == null ? "a number" : field) + " is out of range"
                + (e.getTargetType() == Integer.TYPE || e.getTargetType() == Integer.class
                        ? " (at most " + Integer.MAX_VALUE + ")" : "");
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "of another type";
        } else if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        } else if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        } else if (type == String.class) {
            return "a string";
        }
        return Collection.class.isAssignableFrom(type) || type.isArray() ? "an array" : "an object";
    }

    // Jackson's own words, less its hints about its settings ("enable `JsonReadFeature…`",
    // "from `StreamReadConstraints…`"), which tell the caller nothing they can use.
    private static String describe(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage())
                .replaceAll(",?\\s*from `[^`]*`", "")
                .replaceAll(":?\\s*enable `[^`]*` to allow", "")
                .replaceAll("`?(com\\.fasterxml|java|javax)\\.[\\w.$]+`?", "value");
        JsonLocation at = e.getLocation();
        return message + (at == null ? "" : " at [line:" + at.getLineNr() + ", column:" + at.getColumnNr() + "]");
    }
}
