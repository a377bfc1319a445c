package dev.signet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signet admin console-admin …}: administrators of the web console ({@code /console}). */
@Command(name = "console-admin", mixinStandardHelpOptions = true,
        description = "Administrators of the web console at /console (the first can also be created there with "
                + "the admin secret).",
        subcommands = {AdminConsoleAdminCommands.ListAdmins.class, AdminConsoleAdminCommands.Create.class})
final class AdminConsoleAdminCommands {
    private AdminConsoleAdminCommands() {}

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List console administrators.")
    static final class ListAdmins implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

        @Override
        public Integer call() {
            JsonNode admins = admin.client().get("/console-admins");
            if (admin.json) {
                spec.commandLine().getOut().println(admins.toPrettyString());
                return 0;
            }
            for (JsonNode a : admins) {
                spec.commandLine().getOut().printf("%-30s created %s, last login %s%n", a.path("username").asText(),
                        a.path("createdAt").asText(), a.path("lastLoginAt").asText("never"));
            }
            return 0;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a console administrator. The password is prompted for, or read from standard input "
                    + "with --password-stdin.")
    static final class Create implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;
        @Mixin PasswordInput password;
        @Option(names = "--username", required = true, description = "Username.") String username;

        @Override
        public Integer call() {
            admin.client().post("/console-admins", AdminClient.json().createObjectNode().put("username", username)
                    .put("password", password.read(spec)));
            spec.commandLine().getOut().println("Created console administrator " + username + ".");
            return 0;
        }
    }
}
