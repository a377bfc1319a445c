package dev.signet.cli;

import dev.signet.core.admin.NewUserRequest;
import dev.signet.core.admin.UserView;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code signet admin user …}: users. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Users.",
        subcommands = {AdminUserCommands.Create.class, AdminUserCommands.ListUsers.class,
            AdminUserCommands.Deactivate.class, AdminUserCommands.Activate.class})
final class AdminUserCommands {
    private AdminUserCommands() {}

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a user.",
            footer = {"%nExample:", "  ./signet admin user create --username integration@acme.example "
                    + "--profile \"System Administrator\""})
    static final class Create extends AdminSubcommand {
        @Option(names = "--username", required = true, description = "Username, in email form.")
        String username;

        @Option(names = "--email", description = "Email (default: the username).")
        String email;

        @Option(names = "--first-name", description = "First name.")
        String firstName;

        @Option(names = "--last-name", description = "Last name (default: the part of the username before @).")
        String lastName;

        @Option(names = "--profile", description = "Profile (default: Standard User).")
        String profile;

        @Option(names = "--permission-set", description = "Assign a permission set (repeatable).")
        List<String> permissionSets = new ArrayList<>();

        @Override
        void run() {
            NewUserRequest request = new NewUserRequest(username, email, firstName, lastName, profile, permissionSets);
            UserView user = client().post("/users", request, UserView.class);
            show(user, "Created user " + user.username() + " (" + user.id() + ", profile " + user.profile() + ").");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users.")
    static final class ListUsers extends AdminListCommand<UserView> {
        ListUsers() {
            super("/users", UserView.class, AdminTables.USERS);
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true,
            description = "Deactivate a user: logins fail with 'inactive user' and the user's tokens are revoked.")
    static final class Deactivate extends AdminUserAction {
        Deactivate() {
            super("deactivate", "Deactivated %s; its tokens are revoked.");
        }
    }

    @Command(name = "activate", mixinStandardHelpOptions = true, description = "Activate a user again.")
    static final class Activate extends AdminUserAction {
        Activate() {
            super("activate", "Activated %s.");
        }
    }
}
