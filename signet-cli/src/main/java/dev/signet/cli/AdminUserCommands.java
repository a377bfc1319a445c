package dev.signet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signet admin user …}: users. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Users.",
        subcommands = {AdminUserCommands.Create.class, AdminUserCommands.ListUsers.class,
            AdminUserCommands.Deactivate.class, AdminUserCommands.Activate.class})
final class AdminUserCommands {
    private AdminUserCommands() {}

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a user.",
            footer = {"%nExample:", "  ./signet admin user create --username integration@acme.example "
                    + "--profile \"System Administrator\""})
    static final class Create implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

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
        public Integer call() {
            ObjectNode body = AdminClient.json().createObjectNode().put("username", username).put("email", email)
                    .put("firstName", firstName).put("lastName", lastName).put("profile", profile);
            permissionSets.forEach(body.putArray("permissionSets")::add);
            JsonNode user = admin.client().post("/users", body);
            print(spec, admin, user, "Created user " + user.path("username").asText() + " (" + user.path("id").asText()
                    + ", profile " + user.path("profile").asText() + ").");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users.")
    static final class ListUsers implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

        @Override
        public Integer call() {
            JsonNode users = admin.client().get("/users");
            PrintWriter out = spec.commandLine().getOut();
            if (admin.json) {
                out.println(users.toPrettyString());
                return 0;
            }
            for (JsonNode u : users) {
                out.printf("%-40s %-18s %-25s %s%n", u.path("username").asText(), u.path("id").asText(),
                        u.path("profile").asText(), u.path("active").asBoolean() ? "active" : "inactive");
            }
            return 0;
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true,
            description = "Deactivate a user: logins fail with 'inactive user' and the user's tokens are revoked.")
    static final class Deactivate extends AdminUserAction {
        Deactivate() {
            super("deactivate");
        }

        @Override
        String done() {
            return "Deactivated " + username + "; its tokens are revoked.";
        }
    }

    @Command(name = "activate", mixinStandardHelpOptions = true, description = "Activate a user again.")
    static final class Activate extends AdminUserAction {
        Activate() {
            super("activate");
        }

        @Override
        String done() {
            return "Activated " + username + ".";
        }
    }

    private static void print(CommandSpec spec, AdminOptions admin, JsonNode user, String message) {
        spec.commandLine().getOut().println(admin.json ? user.toPrettyString() : message);
    }
}
