package dev.signet.server.data.soql;

import dev.signet.server.data.DataRecord;
import dev.signet.server.data.FieldValues;
import dev.signet.server.data.ResultNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shapes a row as the query response shows it: selected fields in order, parent fields nested
 * under their relationship name ({@code "Account":{"attributes":…,"Name":…}}), and a null
 * relationship where the lookup is empty.
 */
final class Projector {
    private Projector() {}

    static ResultNode project(DataRecord row, List<FieldRef> select, ParentLookup parents) {
        Node root = new Node(row.type(), row.id());
        for (FieldRef ref : select) {
            Node node = root;
            for (int depth = 0; depth < ref.steps().size() && node != null; depth++) {
                FieldRef.Step step = ref.steps().get(depth);
                String rel = step.reference().relationshipName();
                if (!node.fields.containsKey(rel)) {
                    DataRecord parent = parents.follow(row, ref, depth + 1);
                    node.fields.put(rel, parent == null ? null : new Node(step.target().name(), parent.id()));
                }
                node = (Node) node.fields.get(rel);
            }
            if (node != null) {
                node.fields.put(ref.field().name(), FieldValues.toJson(ref.field().type(), parents.read(row, ref)));
            }
        }
        return root.toResult();
    }

    private static final class Node {
        final String type;
        final String id;
        final Map<String, Object> fields = new LinkedHashMap<>();

        Node(String type, String id) {
            this.type = type;
            this.id = id;
        }

        ResultNode toResult() {
            Map<String, Object> out = new LinkedHashMap<>();
            fields.forEach((k, v) -> out.put(k, v instanceof Node n ? n.toResult() : v));
            return new ResultNode(type, id, out);
        }
    }
}
