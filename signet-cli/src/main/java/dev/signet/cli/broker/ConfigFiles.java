package dev.signet.cli.broker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the broker's YAML (or JSON) file into records. Unknown keys are errors, reported before
 * any value is checked, so a typo cannot silently weaken the setup.
 */
final class ConfigFiles {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ConfigFiles() {}

    /** The file's top-level map. */
    static JsonNode read(Path file) {
        try {
            JsonNode tree = YAML.readTree(Files.readString(file));
            if (tree == null || !tree.isObject()) {
                throw new IllegalArgumentException(file + ": expected a map of keys such as callers,"
                        + " namedCredentials");
            }
            return tree;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("config file not found: " + file, e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** {@code tree} as a {@code type}; a value the record refuses is reported with the file name. */
    static <T> T bind(Path file, JsonNode tree, Class<T> type) {
        try {
            return YAML.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IllegalArgumentException(file + ": " + firstLine(cause.getMessage()), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Fails on a key of {@code node} that is no component of {@code type}. */
    static void checkKeys(Path file, JsonNode node, Class<? extends Record> type, String where) {
        Set<String> known = new LinkedHashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            known.add(component.getName());
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(file + ": unknown key '" + where + name + "'; known keys: "
                        + known);
            }
        });
    }

    static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static void required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
