package dev.signet.testkit;

import dev.signet.server.storage.Jdbc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every row of the embedded database as the declared org left it, and how to go back to it: each
 * table emptied and its rows put back, in one transaction. Faster than a new server (no migrations,
 * no key generation, no listener), and it keeps what the clients under test hold: consumer keys,
 * user IDs, the server's signing keys. The writes go through the server's tracked {@link Jdbc}, so
 * its cached directory state is dropped when they commit.
 */
final class OrgSnapshot {
    private static final String TABLES = "select table_name from information_schema.tables"
            + " where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name";
    private static final String COLUMNS = "select column_name from information_schema.columns"
            + " where table_schema = current_schema() and table_name = ? order by ordinal_position";
    // Migrations are the schema's, not the org's.
    private static final String MIGRATIONS = "flyway_schema_history";

    private record Table(String name, List<String> columns, List<Object[]> rows) {
        String insert() {
            return "insert into " + quoted(name) + " (" + quoted(columns) + ") values ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        }
    }

    private final Map<String, Table> tables;

    private OrgSnapshot(Map<String, Table> tables) {
        this.tables = tables;
    }

    static OrgSnapshot take(Jdbc jdbc) {
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : jdbc.query(TABLES, rs -> rs.getString(1))) {
            if (!name.equalsIgnoreCase(MIGRATIONS)) {
                List<String> columns = jdbc.query(COLUMNS, rs -> rs.getString(1), name);
                tables.put(name, new Table(name, columns, rows(jdbc, name, columns)));
            }
        }
        return new OrgSnapshot(tables);
    }

    private static List<Object[]> rows(Jdbc jdbc, String table, List<String> columns) {
        return jdbc.query("select " + quoted(columns) + " from " + quoted(table), rs -> {
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getObject(i + 1);
            }
            return row;
        });
    }

    /** Back to the snapshot. Tables made since (none are, today) stay as they are. */
    void restore(Jdbc jdbc) {
        // Rows go back in table order, not in the order of their foreign keys.
        jdbc.update("set referential_integrity false");
        try {
            jdbc.inTransaction(tx -> {
                for (Table table : tables.values()) {
                    tx.update("delete from " + quoted(table.name()));
                    if (!table.rows().isEmpty()) {
                        tx.batch(table.insert(), new ArrayList<>(table.rows()));
                    }
                }
                return null;
            });
        } finally {
            jdbc.update("set referential_integrity true");
        }
    }

    // Quoted, since a column may be named like a keyword (position, value…).
    private static String quoted(String identifier) {
        return '"' + identifier + '"';
    }

    private static String quoted(List<String> identifiers) {
        return String.join(", ", identifiers.stream().map(OrgSnapshot::quoted).toList());
    }
}
