package dev.signet.server.data.soql;

import dev.signet.server.data.SObjectDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code columns=true} view of a query: its entity, key prefix, whether Id is selected, and
 * the columns with relationship fields nested under their relationship.
 */
public record QueryColumns(SObjectDef entity, boolean idSelected, List<Column> columns) {
    public QueryColumns {
        columns = List.copyOf(columns);
    }

    static QueryColumns of(BoundQuery q) {
        List<Column> top = new ArrayList<>();
        for (FieldRef ref : q.select()) {
            add(top, ref, 0, "");
        }
        boolean id = q.select().stream().anyMatch(r -> r.steps().isEmpty() && r.field().name().equals("Id"));
        return new QueryColumns(q.type(), id, top);
    }

    // Relationship columns collect their fields as joinColumns, in selection order.
    private static void add(List<Column> level, FieldRef ref, int depth, String prefix) {
        if (depth == ref.steps().size()) {
            level.add(new Column(ref.field().name(), prefix + ref.field().name(), ref.field(), List.of()));
            return;
        }
        String rel = ref.steps().get(depth).reference().relationshipName();
        int at = -1;
        for (int i = 0; i < level.size(); i++) {
            if (level.get(i).field() == null && level.get(i).columnName().equals(rel)) {
                at = i;
            }
        }
        List<Column> joins = new ArrayList<>(at < 0 ? List.of() : level.get(at).joinColumns());
        add(joins, ref, depth + 1, prefix + rel + ".");
        Column column = new Column(rel, prefix + rel, null, joins);
        if (at < 0) {
            level.add(column);
        } else {
            level.set(at, column);
        }
    }
}
