package dev.signet.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every {@code signet admin} subcommand shares: where the server is ({@link AdminOptions}),
 * {@code --json}, and the two ways to answer: a record or a sentence, a list or an aligned table.
 */
abstract class AdminSubcommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin AdminOptions admin;

    /** Does the work; a failure is a {@link CliException}. */
    abstract void run();

    @Override
    public final Integer call() {
        try {
            run();
        } catch (IllegalArgumentException e) {
            // a request record refusing a missing field, said as the server would say it
            throw new CliException(e.getMessage());
        }
        return 0;
    }

    AdminClient client() {
        return admin.client();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The record as JSON with {@code --json}, else {@code message}. */
    void show(Object record, String message) {
        out().println(admin.json ? AdminClient.pretty(record) : message);
    }

    /** The rows as JSON with {@code --json}, else as {@code table}. */
    <T> void list(List<T> rows, AdminTable<T> table) {
        if (admin.json) {
            out().println(AdminClient.pretty(rows));
        } else {
            table.print(out(), rows);
        }
    }
}
