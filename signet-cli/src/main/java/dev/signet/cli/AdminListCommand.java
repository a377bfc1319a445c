package dev.signet.cli;

/**
 * A {@code list} (or {@code approvals}) admin command: GET a list of records and print it as JSON
 * with {@code --json}, else as its table from {@link AdminTables}.
 */
abstract class AdminListCommand<T> extends AdminSubcommand {
    private final String path;
    private final Class<T> type;
    private final AdminTable<T> table;

    AdminListCommand(String path, Class<T> type, AdminTable<T> table) {
        this.path = path;
        this.type = type;
        this.table = table;
    }

    /** The admin API path of the list; commands whose options shape it build on this one. */
    String path() {
        return path;
    }

    @Override
    void run() {
        list(client().list(path(), type), table);
    }
}
