package dev.signet.cli;

/**
 * A {@code list} (or {@code approvals}) admin command: GET a list of records and print it as JSON
 * with {@code --json}, else as its table from {@link AdminTables}.
 */
abstract class AdminListCommand<T> extends AdminSubcommand {
    private final Class<T> type;
    private final AdminTable<T> table;

    AdminListCommand(Class<T> type, AdminTable<T> table) {
        this.type = type;
        this.table = table;
    }

    /** The admin API path of the list, options applied. */
    abstract String path();

    @Override
    void run() {
        list(client().list(path(), type), table);
    }
}
