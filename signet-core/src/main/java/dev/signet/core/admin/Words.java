package dev.signet.core.admin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of strings given as a JSON array or as one string of comma- or space-separated words
 * ({@code "api, refresh_token"}): hand-written requests use both.
 */
final class Words extends JsonDeserializer<List<String>> {
    @Override
    @SuppressWarnings("unchecked") // handleUnexpectedToken throws; it returns only what a handler made
    public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return split(p.getText());
        }
        List<String> values = new ArrayList<>();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return (List<String>) ctxt.handleUnexpectedToken(List.class, p);
        }
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            values.add(ctxt.readValue(p, String.class));
        }
        return values;
    }

    private static List<String> split(String text) {
        List<String> values = new ArrayList<>();
        for (String s : text.split("[,\\s]+")) {
            if (!s.isBlank()) {
                values.add(s);
            }
        }
        return values;
    }
}
