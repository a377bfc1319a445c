package dev.signet.server.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The YAML config file. Keys are those of {@link ConfigKeys}, nested ({@code http:} then
 * {@code port: 8080}) or dotted ({@code http.port: 8080}); lists may be YAML lists. An empty value
 * leaves the setting alone. An unknown key, a bad value or an unreadable file is a
 * {@link ConfigException} naming the file.
 */
final class ConfigFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigFile() {}

    /** The settings {@code file} gives, in file order. */
    static List<Assigned<?>> read(Path file) {
        Origin origin = Origin.file(file.toString());
        List<Assigned<?>> assigned = new ArrayList<>();
        flatten("", parse(file), new LinkedHashMap<>()).forEach((key, text) -> {
            Setting<?> setting = ConfigKeys.find(key).orElseThrow(() -> unknownKey(file, key));
            assigned.add(Assigned.parse(setting, text, origin));
        });
        return assigned;
    }

    private static JsonNode parse(Path file) {
        try {
            JsonNode root = YAML.readTree(Files.readString(file));
            if (root == null || root.isMissingNode() || root.isNull()) {
                return YAML.createObjectNode(); // an empty file sets nothing
            }
            if (!root.isObject()) {
                throw new ConfigException(file + ": expected keys such as http.port, not a " + root.getNodeType());
            }
            return root;
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file not found: " + file);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
    }

    // Nested mappings become dotted keys; scalars and lists are leaves, as text the setting's type parses.
    private static Map<String, String> flatten(String prefix, JsonNode node, Map<String, String> into) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(key + ".", value, into);
            } else if (!value.isNull()) {
                into.put(key, text(value));
            }
        }
        return into;
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(",", items);
        }
        return value.asText();
    }

    private static ConfigException unknownKey(Path file, String key) {
        String known = ConfigKeys.ALL.stream().map(Setting::key).collect(Collectors.joining(", "));
        return new ConfigException(file + ": unknown key '" + key + "' (known keys: " + known + ")");
    }
}
