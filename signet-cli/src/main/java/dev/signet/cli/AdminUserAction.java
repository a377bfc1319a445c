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
    private final String done;

    /** {@code done} is printed without {@code --json}; {@code %s} in it stands for the username. */
    AdminUserAction(String action, String done) {
        this.action = action;
        this.done = done;
    }

    @Override
    void run() {
        show(client().post(user.path() + "/" + action, UserView.class), String.format(done, user.username));
    }
}
