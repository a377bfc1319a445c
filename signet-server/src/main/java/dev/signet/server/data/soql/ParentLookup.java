package dev.signet.server.data.soql;

import dev.signet.server.data.DataRecord;
import dev.signet.server.data.RecordSources;
import dev.signet.server.data.SObjectDef;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads field paths from rows, following parent relationships. Each parent type is loaded once per
 * query (all its live records, by ID), so a query costs one read per type it touches.
 */
final class ParentLookup {
    private final RecordSources sources;
    private final Map<String, Map<String, DataRecord>> byType = new HashMap<>();

    ParentLookup(RecordSources sources) {
        this.sources = sources;
    }

    /** The record at the end of the first {@code hops} steps, or null where a lookup is empty. */
    DataRecord follow(DataRecord row, FieldRef ref, int hops) {
        DataRecord current = row;
        for (int i = 0; i < hops && current != null; i++) {
            FieldRef.Step step = ref.steps().get(i);
            Object id = current.get(step.reference().name());
            current = id == null ? null : records(step.target()).get(id.toString());
        }
        return current;
    }

    Object read(DataRecord row, FieldRef ref) {
        DataRecord target = follow(row, ref, ref.steps().size());
        return target == null ? null : target.get(ref.field().name());
    }

    private Map<String, DataRecord> records(SObjectDef type) {
        return byType.computeIfAbsent(type.name(), t -> sources.all(type, false).stream()
                .collect(Collectors.toMap(DataRecord::id, Function.identity(), (a, b) -> a)));
    }
}
