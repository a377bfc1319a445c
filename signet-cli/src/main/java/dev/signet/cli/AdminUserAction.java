package dev.signet.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * An action on one user that takes no input: {@code POST /users/{username}/{action}}; prints the
 * user as JSON with {@code --json}, else a sentence.
 */
abstract class AdminUserAction implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin AdminOptions admin;

    @Option(names = "--username", required = true, description = "Username.")
    String username;

    private final String action;

    AdminUserAction(String action) {
        this.action = action;
    }

    /** What to print when done, without {@code --json}. */
    abstract String done();

    @Override
    public Integer call() {
        var user = admin.client().post("/users/" + AdminPaths.segment(username) + "/" + action,
                AdminClient.json().createObjectNode());
        spec.commandLine().getOut().println(admin.json ? user.toPrettyString() : done());
        return 0;
    }
}
