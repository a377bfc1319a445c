package dev.signet.server.data.soql;

import dev.signet.server.data.DataRecord;
import dev.signet.server.data.SObjectDef;
import java.util.List;

/** A query whose names are resolved and whose literals are typed: ready to run over rows. */
record BoundQuery(SObjectDef type, List<FieldRef> select, boolean count, RowFilter where, List<SortKey> order,
        Integer limit, int offset) {
    BoundQuery {
        select = List.copyOf(select);
        order = List.copyOf(order);
    }

    /** A compiled WHERE clause. */
    @FunctionalInterface
    interface RowFilter {
        boolean test(DataRecord row, ParentLookup parents);
    }

    /** One ORDER BY key; nulls sort first unless {@code nullsLast}, whatever the direction. */
    record SortKey(FieldRef field, boolean descending, boolean nullsLast) {}
}
