package dev.signet.cli;

import dev.signet.core.admin.ApprovalView;
import dev.signet.core.admin.LockoutView;
import dev.signet.core.admin.PasswordRequest;
import dev.signet.core.admin.RevokeApprovalRequest;
import dev.signet.core.admin.UserEditRequest;
import dev.signet.core.admin.UserView;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code signet admin user-settings …}: edit, freeze, password, unlock, approvals. */
@Command(name = "user-settings", mixinStandardHelpOptions = true,
        description = "Edit a user: profile and permission sets, freeze, password, lockout, approved apps.",
        subcommands = {AdminUserSettingsCommands.Edit.class, AdminUserSettingsCommands.Freeze.class,
            AdminUserSettingsCommands.Unfreeze.class, AdminUserSettingsCommands.SetPassword.class,
            AdminUserSettingsCommands.Unlock.class,
            AdminUserSettingsCommands.Approvals.class, AdminUserSettingsCommands.RevokeApproval.class})
final class AdminUserSettingsCommands {
    private AdminUserSettingsCommands() {}

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Change name, email, profile or permission sets. Options left out stay as they are.")
    static final class Edit extends AdminSubcommand {
        @Mixin UserOption user;
        @Option(names = "--email", description = "Email.") String email;
        @Option(names = "--first-name", description = "First name.") String firstName;
        @Option(names = "--last-name", description = "Last name.") String lastName;
        @Option(names = "--profile", description = "Profile.") String profile;
        @Option(names = "--permission-set", description = "Permission set (repeatable; replaces the assignments).")
        List<String> permissionSets;
        @Option(names = "--no-permission-sets", description = "Remove every permission set.") boolean none;

        @Override
        void run() {
            // null leaves the assignments as they are; an empty list removes them all
            List<String> sets = permissionSets != null ? permissionSets : none ? List.of() : null;
            UserEditRequest request = new UserEditRequest(email, firstName, lastName, profile, sets);
            show(client().post(user.path() + "/update", request, UserView.class), "Saved.");
        }
    }

    @Command(name = "freeze", mixinStandardHelpOptions = true,
            description = "Freeze a user: logins fail and tokens stop working until unfrozen.")
    static final class Freeze extends AdminUserAction {
        Freeze() {
            super("freeze", "Frozen.");
        }
    }

    @Command(name = "unfreeze", mixinStandardHelpOptions = true, description = "Unfreeze a user.")
    static final class Unfreeze extends AdminUserAction {
        Unfreeze() {
            super("unfreeze", "Unfrozen.");
        }
    }

    @Command(name = "set-password", mixinStandardHelpOptions = true,
            description = "Set the password of the interactive login (authorization endpoint). Prompted for, or "
                    + "read from standard input with --password-stdin; never a command-line argument.")
    static final class SetPassword extends AdminSubcommand {
        @Mixin PasswordInput password;
        @Mixin UserOption user;

        @Override
        void run() {
            client().post(user.path() + "/password", new PasswordRequest(password.read(spec)), UserView.class);
            out().println("Password set for " + user.username + ".");
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "End the user's password lockout (after too many invalid passwords at the authorization "
                    + "endpoint), before its period is over.")
    static final class Unlock extends AdminSubcommand {
        @Mixin UserOption user;

        @Override
        void run() {
            show(client().post(user.path() + "/unlock", LockoutView.class),
                    "Unlocked: " + user.username + " can log in again.");
        }
    }

    @Command(name = "approvals", mixinStandardHelpOptions = true, description = "Apps the user approved.")
    static final class Approvals extends AdminListCommand<ApprovalView> {
        @Mixin UserOption user;

        Approvals() {
            super("/approvals", ApprovalView.class, AdminTables.APPROVALS);
        }

        @Override
        String path() {
            return user.path() + super.path();
        }
    }

    @Command(name = "revoke-approval", mixinStandardHelpOptions = true,
            description = "Revoke the user's approval of an app, with its refresh and access tokens.")
    static final class RevokeApproval extends AdminSubcommand {
        @Mixin UserOption user;
        @Option(names = "--app", required = true, description = "Consumer key or name.") String app;

        @Override
        void run() {
            client().post(user.path() + "/approvals/revoke", new RevokeApprovalRequest(app), ApprovalView[].class);
            out().println("Revoked.");
        }
    }
}
