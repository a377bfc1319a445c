package dev.signet.cli;

import dev.signet.core.admin.UserView;
import picocli.CommandLine.Mixin;

/**
 * An action on one user that takes no input: {@code POST /users/{username}/{action}}; prints the
 * user as JSON with {@code --json}, else a sentence.
 */
abstract class AdminUserAction extends AdminSubcommand {
    @Mixin UserOption user;
    private final String action;

    AdminUserAction(String action) {
        this.action = action;
    }

    /** What to print when done, without {@code --json}. */
    abstract String done();

    @Override
    void run() {
        show(client().post(user.path() + "/" + action, UserView.class), done());
    }
}
