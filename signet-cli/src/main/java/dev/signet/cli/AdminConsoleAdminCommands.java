package dev.signet.cli;

import dev.signet.core.admin.ConsoleAdminRequest;
import dev.signet.core.admin.ConsoleAdminView;
import dev.signet.core.admin.LockoutView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code signet admin console-admin …}: administrators of the web console ({@code /console}). */
@Command(name = "console-admin", mixinStandardHelpOptions = true,
        description = "Administrators of the web console at /console (the first can also be created there with "
                + "the admin secret).",
        subcommands = {AdminConsoleAdminCommands.ListAdmins.class, AdminConsoleAdminCommands.Create.class,
            AdminConsoleAdminCommands.Unlock.class})
final class AdminConsoleAdminCommands {
    private AdminConsoleAdminCommands() {}

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List console administrators.")
    static final class ListAdmins extends AdminListCommand<ConsoleAdminView> {
        ListAdmins() {
            super("/console-admins", ConsoleAdminView.class, AdminTables.CONSOLE_ADMINS);
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a console administrator. The password is prompted for, or read from standard input "
                    + "with --password-stdin.")
    static final class Create extends AdminSubcommand {
        @Mixin PasswordInput password;
        @Option(names = "--username", required = true, description = "Username.") String username;

        @Override
        void run() {
            ConsoleAdminRequest request = new ConsoleAdminRequest(username, password.read(spec));
            client().post("/console-admins", request, ConsoleAdminView.class);
            out().println("Created console administrator " + username + ".");
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "End a console administrator's password lockout (after too many invalid passwords).")
    static final class Unlock extends AdminSubcommand {
        @Option(names = "--username", required = true, description = "Username.") String username;

        @Override
        void run() {
            show(client().post("/console-admins/" + AdminPaths.segment(username) + "/unlock", LockoutView.class),
                    "Unlocked: " + username + " can log in again.");
        }
    }
}
