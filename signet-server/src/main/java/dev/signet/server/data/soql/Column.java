package dev.signet.server.data.soql;

import dev.signet.server.data.FieldDef;
import java.util.List;

/**
 * Column metadata of a query ({@code columns=true}): a selected field, or a parent relationship
 * whose selected fields are its {@code joinColumns}.
 *
 * @param field the field, or null for a relationship column
 */
public record Column(String columnName, String displayName, FieldDef field, List<Column> joinColumns) {
    public Column {
        joinColumns = List.copyOf(joinColumns);
    }
}
