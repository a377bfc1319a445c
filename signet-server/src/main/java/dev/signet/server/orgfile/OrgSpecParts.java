package dev.signet.server.orgfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The org file's smaller sections: approvals, login IP ranges, custom objects and seed records. */
final class OrgSpecParts {
    private static final Set<String> APPROVAL = Set.of("app", "user", "scopes");
    private static final Set<String> IP_RANGE = Set.of("profile", "start", "end", "description");
    private static final Set<String> OBJECT = Set.of("name", "label", "fields");
    private static final Set<String> FIELD = Set.of("name", "label", "type", "referenceTo", "required");
    private static final Set<String> RECORD = Set.of("type", "key", "fields");

    private final YamlTree yaml;

    OrgSpecParts(YamlTree yaml) {
        this.yaml = yaml;
    }

    static String kebab(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    List<OrgSpec.Approval> approvals(Node section, OrgSpecReader.Names apps, OrgSpecReader.Names users) {
        List<OrgSpec.Approval> approvals = new ArrayList<>();
        for (Node node : yaml.sequence(section, "approvals")) {
            Map<String, Node> e = yaml.mapping(node, "an approval", APPROVAL);
            String app = yaml.text(e, "app", "an approval", true, node);
            String user = yaml.text(e, "user", "an approval", true, node);
            if (app != null && !apps.contains(app)) {
                yaml.problem(e.get("app"), "app '" + app + "' of an approval is not declared under apps");
            }
            if (user != null && !users.contains(user.toLowerCase(Locale.ROOT))) {
                yaml.problem(e.get("user"), "user '" + user + "' of an approval is not declared under users");
            }
            approvals.add(new OrgSpec.Approval(app, user, yaml.strings(e, "scopes", "an approval")));
        }
        return approvals;
    }

    List<OrgSpec.IpRange> ipRanges(Node section, Set<String> profiles) {
        List<OrgSpec.IpRange> ranges = new ArrayList<>();
        for (Node node : yaml.sequence(section, "ipRanges")) {
            Map<String, Node> e = yaml.mapping(node, "an IP range", IP_RANGE);
            String profile = yaml.text(e, "profile", "an IP range", true, node);
            if (profile != null && !profiles.contains(profile)) {
                yaml.problem(e.get("profile"), "profile '" + profile + "' of an IP range is not declared under profiles");
            }
            ranges.add(new OrgSpec.IpRange(profile, yaml.text(e, "start", "an IP range", true, node),
                    yaml.text(e, "end", "an IP range", true, node), yaml.text(e, "description", "an IP range", false, null)));
        }
        return ranges;
    }

    List<OrgSpec.CustomObject> objects(Node section) {
        List<OrgSpec.CustomObject> objects = new ArrayList<>();
        for (Node node : yaml.sequence(section, "objects")) {
            Map<String, Node> e = yaml.mapping(node, "a custom object", OBJECT);
            String name = yaml.text(e, "name", "a custom object", true, node);
            String what = name == null ? "a custom object" : "object '" + name + "'";
            List<OrgSpec.Field> fields = new ArrayList<>();
            for (Node f : yaml.sequence(e.get("fields"), "fields of " + what)) {
                fields.add(field(f, what));
            }
            objects.add(new OrgSpec.CustomObject(name, yaml.text(e, "label", what, false, null), fields));
        }
        return objects;
    }

    // A field as a mapping, or as the CLI writes it: name:type or name:reference:Target; its type checked here.
    private OrgSpec.Field field(Node node, String what) {
        OrgSpec.Field field = parseField(node, what);
        if (field.type() != null && dev.signet.server.data.FieldType.forCustomField(field.type()).isEmpty()) {
            yaml.problem(node, "field " + field.name() + " of " + what + " has an unknown type '" + field.type() + "'");
        }
        return field;
    }

    private OrgSpec.Field parseField(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            String[] parts = scalar.getValue().split(":");
            if (parts.length < 2 || parts.length > 3) {
                yaml.problem(node, "a field of " + what + " is name:type or name:reference:Target");
                return new OrgSpec.Field(parts[0], null, "text", null, false);
            }
            return new OrgSpec.Field(parts[0], null, parts[1], parts.length == 3 ? parts[2] : null, false);
        }
        Map<String, Node> e = yaml.mapping(node, "a field of " + what, FIELD);
        return new OrgSpec.Field(yaml.text(e, "name", "a field of " + what, true, node),
                yaml.text(e, "label", what, false, null), yaml.text(e, "type", "a field of " + what, true, node),
                yaml.text(e, "referenceTo", what, false, null), yaml.bool(e, "required", what, false));
    }

    List<OrgSpec.Record> records(Node section) {
        List<OrgSpec.Record> records = new ArrayList<>();
        for (Node node : yaml.sequence(section, "records")) {
            Map<String, Node> e = yaml.mapping(node, "a record", RECORD);
            String type = yaml.text(e, "type", "a record", true, node);
            String key = yaml.text(e, "key", "a record", false, null);
            Map<String, Object> fields = new LinkedHashMap<>();
            Node values = e.get("fields");
            if (values == null) {
                yaml.problem(node, "a record needs 'fields'");
            } else if (values instanceof org.yaml.snakeyaml.nodes.MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode s) {
                        fields.put(s.getValue(), yaml.value(t.getValueNode(), "field " + s.getValue() + " of a record"));
                    } else {
                        yaml.problem(t.getKeyNode(), "field names of a record must be plain names");
                    }
                }
            } else {
                yaml.problem(values, "fields of a record must be a mapping (Field: value)");
            }
            String keyField = key == null ? "Name" : key;
            if (values != null && !fields.containsKey(keyField)) {
                yaml.problem(node, "a record needs its key field '" + keyField + "' (set 'key' to use another field)");
            }
            records.add(new OrgSpec.Record(type, keyField, fields));
        }
        return records;
    }
}
