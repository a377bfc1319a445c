package dev.signet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signet admin signing-key …}: the server's keys for JWT access tokens. */
@Command(name = "signing-key", mixinStandardHelpOptions = true,
        description = {"The server's RS256 keys that sign JWT access tokens (published at /id/keys).",
            "Rotate to make a new key the signer; old keys keep verifying until you retire them."},
        subcommands = {AdminSigningKeyCommands.ListKeys.class, AdminSigningKeyCommands.Rotate.class,
            AdminSigningKeyCommands.Retire.class})
final class AdminSigningKeyCommands {
    private AdminSigningKeyCommands() {}

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List signing keys, oldest first.")
    static final class ListKeys implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

        @Override
        public Integer call() {
            JsonNode keys = admin.client().get("/signing-keys");
            PrintWriter out = spec.commandLine().getOut();
            if (admin.json) {
                out.println(keys.toPrettyString());
                return 0;
            }
            out.printf("%-45s %-9s %s%n", "KID", "STATUS", "CREATED");
            for (JsonNode k : keys) {
                out.printf("%-45s %-9s %s%n", k.path("kid").asText(), k.path("status").asText(),
                        k.path("createdAt").asText());
            }
            return 0;
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Make a new key the signer; the old one stays in /id/keys and still verifies.",
            footer = {"%nAfter the old tokens have expired (session timeout), retire the old key:",
                "  ./signet admin signing-key retire --kid OLD_KID"})
    static final class Rotate implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

        @Override
        public Integer call() {
            JsonNode key = admin.client().post("/signing-keys/rotate", AdminClient.json().createObjectNode());
            print(spec, admin, key, "New signing key; the previous one still verifies until retired.");
            return 0;
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true,
            description = "Remove an old key from /id/keys: tokens it signed stop working at once.")
    static final class Retire implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

        @Option(names = "--kid", required = true, description = "Key ID (see 'signing-key list').")
        String kid;

        @Override
        public Integer call() {
            JsonNode key = admin.client().post("/signing-keys/" + AdminPaths.segment(kid) + "/retire",
                    AdminClient.json().createObjectNode());
            print(spec, admin, key, "Retired; tokens signed with it are refused from now on.");
            return 0;
        }
    }

    private static void print(CommandSpec spec, AdminOptions admin, JsonNode key, String message) {
        if (admin.json) {
            spec.commandLine().getOut().println(key.toPrettyString());
        } else {
            spec.commandLine().getOut().println(key.path("kid").asText());
            spec.commandLine().getErr().println(message);
        }
    }
}
