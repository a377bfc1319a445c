package dev.signet.server.orgfile;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML document as nodes that know their line and column (SnakeYAML's composed tree), and the
 * reads an org file needs, each of which records a problem where the node is instead of failing,
 * so that one pass reports everything wrong in the file. Bounded: no more than a handful of
 * aliases, limited nesting and size.
 */
final class YamlTree {
    static final int MAX_CHARS = 4 * 1024 * 1024;

    private final String source;
    private final List<OrgFileException.Problem> problems = new ArrayList<>();

    YamlTree(String source) {
        this.source = source;
    }

    /** The document's root node, or null (with a problem) when it is not YAML or is empty. */
    Node parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CHARS);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.add(new OrgFileException.Problem(source, 1, 1, "the file is empty"));
            }
            return root;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(new OrgFileException.Problem(source, mark == null ? 1 : mark.getLine() + 1,
                    mark == null ? 1 : mark.getColumn() + 1, "not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            problems.add(new OrgFileException.Problem(source, 1, 1, "not valid YAML: " + e.getMessage()));
        }
        return null;
    }

    List<OrgFileException.Problem> problems() {
        return problems;
    }

    void problem(Node at, String message) {
        Mark mark = at.getStartMark();
        problems.add(new OrgFileException.Problem(source, mark.getLine() + 1, mark.getColumn() + 1, message));
    }

    /** A mapping's entries by key; unknown keys (not in {@code allowed}) are problems. Empty if not a mapping. */
    Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
        Map<String, Node> entries = new LinkedHashMap<>();
        if (!(node instanceof MappingNode map)) {
            problem(node, what + " must be a mapping (key: value lines)");
            return entries;
        }
        for (NodeTuple tuple : map.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                problem(key, "keys of " + what + " must be plain names");
            } else if (!allowed.contains(scalar.getValue())) {
                problem(key, "unknown key '" + scalar.getValue() + "' in " + what + " (known: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            } else {
                entries.put(scalar.getValue(), tuple.getValueNode());
            }
        }
        return entries;
    }

    /** A sequence's items; a missing node is empty, anything else a problem. */
    List<Node> sequence(Node node, String what) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problem(node, what + " must be a list (lines starting with '- ')");
        return List.of();
    }

    /** A scalar as text; null when absent; a problem (and null) when required and absent or not a scalar. */
    String text(Map<String, Node> entries, String key, String what, boolean required, Node owner) {
        Node node = entries.get(key);
        if (node == null || node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            if (required) {
                problem(owner, what + " needs '" + key + "'");
            }
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problem(node, "'" + key + "' of " + what + " must be a single value");
        return null;
    }

    boolean bool(Map<String, Node> entries, String key, String what, boolean absent) {
        String value = text(entries, key, what, false, null);
        if (value == null) {
            return absent;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problem(entries.get(key), "'" + key + "' of " + what + " must be true or false");
            return absent;
        }
        return Boolean.parseBoolean(value);
    }

    int integer(Map<String, Node> entries, String key, String what, int absent, int min, int max) {
        String value = text(entries, key, what, false, null);
        if (value == null) {
            return absent;
        }
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            problem(entries.get(key), "'" + key + "' of " + what + " must be a whole number from " + min + " to " + max);
            return absent;
        }
        return Integer.parseInt(value);
    }

    /** A list of plain values (or one value); empty when absent. */
    List<String> strings(Map<String, Node> entries, String key, String what) {
        Node node = entries.get(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar) {
            return List.of(scalar.getValue());
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence(node, "'" + key + "' of " + what)) {
            if (item instanceof ScalarNode scalar) {
                values.add(scalar.getValue());
            } else {
                problem(item, "items of '" + key + "' in " + what + " must be single values");
            }
        }
        return values;
    }

    /** A scalar's value as its YAML type says: null, boolean, whole number, decimal or text. */
    Object value(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, what + " must be a single value");
            return null;
        }
        Tag tag = scalar.getTag();
        String v = scalar.getValue();
        if (tag.equals(Tag.NULL)) {
            return null;
        } else if (tag.equals(Tag.BOOL)) {
            return Boolean.parseBoolean(v);
        } else if (tag.equals(Tag.INT) && v.matches("-?\\d{1,18}")) {
            return Long.parseLong(v);
        } else if (tag.equals(Tag.FLOAT)) {
            try {
                return new java.math.BigDecimal(v);
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }
}
