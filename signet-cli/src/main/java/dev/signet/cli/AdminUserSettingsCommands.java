package dev.signet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signet admin user-settings …}: edit, freeze, password, approvals. */
@Command(name = "user-settings", mixinStandardHelpOptions = true,
        description = "Edit a user: profile and permission sets, freeze, password, approved apps.",
        subcommands = {AdminUserSettingsCommands.Edit.class, AdminUserSettingsCommands.Freeze.class,
            AdminUserSettingsCommands.Unfreeze.class, AdminUserSettingsCommands.SetPassword.class,
            AdminUserSettingsCommands.Approvals.class, AdminUserSettingsCommands.RevokeApproval.class})
final class AdminUserSettingsCommands {
    private AdminUserSettingsCommands() {}

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Change name, email, profile or permission sets. Options left out stay as they are.")
    static final class Edit implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;
        @Option(names = "--username", required = true, description = "Username.") String username;
        @Option(names = "--email", description = "Email.") String email;
        @Option(names = "--first-name", description = "First name.") String firstName;
        @Option(names = "--last-name", description = "Last name.") String lastName;
        @Option(names = "--profile", description = "Profile.") String profile;
        @Option(names = "--permission-set", description = "Permission set (repeatable; replaces the assignments).")
        List<String> permissionSets;
        @Option(names = "--no-permission-sets", description = "Remove every permission set.") boolean none;

        @Override
        public Integer call() {
            ObjectNode body = AdminClient.json().createObjectNode().put("email", email).put("firstName", firstName)
                    .put("lastName", lastName).put("profile", profile);
            if (permissionSets != null || none) {
                var array = body.putArray("permissionSets");
                if (permissionSets != null) {
                    permissionSets.forEach(array::add);
                }
            }
            print(spec, admin, admin.client().post(userPath(username) + "/update", body), "Saved.");
            return 0;
        }
    }

    @Command(name = "freeze", mixinStandardHelpOptions = true,
            description = "Freeze a user: logins fail and tokens stop working until unfrozen.")
    static final class Freeze extends AdminUserAction {
        Freeze() {
            super("freeze");
        }

        @Override
        String done() {
            return "Frozen.";
        }
    }

    @Command(name = "unfreeze", mixinStandardHelpOptions = true, description = "Unfreeze a user.")
    static final class Unfreeze extends AdminUserAction {
        Unfreeze() {
            super("unfreeze");
        }

        @Override
        String done() {
            return "Unfrozen.";
        }
    }

    @Command(name = "set-password", mixinStandardHelpOptions = true,
            description = "Set the password of the interactive login (authorization endpoint). Prompted for, or "
                    + "read from standard input with --password-stdin; never a command-line argument.")
    static final class SetPassword implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;
        @Mixin PasswordInput password;
        @Option(names = "--username", required = true, description = "Username.") String username;

        @Override
        public Integer call() {
            ObjectNode body = AdminClient.json().createObjectNode().put("password", password.read(spec));
            admin.client().post(userPath(username) + "/password", body);
            spec.commandLine().getOut().println("Password set for " + username + ".");
            return 0;
        }
    }

    @Command(name = "approvals", mixinStandardHelpOptions = true, description = "Apps the user approved.")
    static final class Approvals implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;
        @Option(names = "--username", required = true, description = "Username.") String username;

        @Override
        public Integer call() {
            AdminAppSettingsCommands.printApprovals(spec, admin, admin.client().get(userPath(username) + "/approvals"));
            return 0;
        }
    }

    @Command(name = "revoke-approval", mixinStandardHelpOptions = true,
            description = "Revoke the user's approval of an app, with its refresh and access tokens.")
    static final class RevokeApproval implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;
        @Option(names = "--username", required = true, description = "Username.") String username;
        @Option(names = "--app", required = true, description = "Consumer key or name.") String app;

        @Override
        public Integer call() {
            admin.client().post(userPath(username) + "/approvals/revoke",
                    AdminClient.json().createObjectNode().put("app", app));
            spec.commandLine().getOut().println("Revoked.");
            return 0;
        }
    }

    private static void print(CommandSpec spec, AdminOptions admin, JsonNode user, String message) {
        spec.commandLine().getOut().println(admin.json ? user.toPrettyString() : message);
    }

    private static String userPath(String username) {
        return "/users/" + AdminPaths.segment(username);
    }
}
