package dev.signet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signet admin ip-ranges …}: profiles' Login IP Ranges. */
@Command(name = "ip-ranges", mixinStandardHelpOptions = true,
        description = "Profiles' login IP ranges: logins from outside every range of the user's profile fail "
                + "with 'IP restricted or invalid login hours' unless the app relaxes IP restrictions.",
        subcommands = {AdminIpRangeCommands.ListRanges.class, AdminIpRangeCommands.Add.class,
            AdminIpRangeCommands.Remove.class})
final class AdminIpRangeCommands {
    private AdminIpRangeCommands() {}

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the ranges.")
    static final class ListRanges implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

        @Override
        public Integer call() {
            print(spec, admin, admin.client().get("/ip-ranges"));
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a range to a profile.",
            footer = {"%nExample:", "  ./signet admin ip-ranges add --profile Integration --start 10.0.0.0 "
                    + "--end 10.0.255.255 --description \"office VPN\""})
    static final class Add implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;
        @Option(names = "--profile", required = true, description = "Profile.") String profile;
        @Option(names = "--start", required = true, description = "First address (IPv4 or IPv6).") String start;
        @Option(names = "--end", description = "Last address (default: the start address).") String end;
        @Option(names = "--description", description = "Description.") String description;

        @Override
        public Integer call() {
            ObjectNode body = AdminClient.json().createObjectNode().put("profile", profile).put("start", start)
                    .put("end", end).put("description", description);
            admin.client().post("/ip-ranges", body);
            spec.commandLine().getOut().println("Added.");
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a range.")
    static final class Remove implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;
        @Option(names = "--profile", required = true, description = "Profile.") String profile;
        @Option(names = "--start", required = true, description = "First address.") String start;
        @Option(names = "--end", required = true, description = "Last address.") String end;

        @Override
        public Integer call() {
            ObjectNode body = AdminClient.json().createObjectNode().put("profile", profile).put("start", start)
                    .put("end", end);
            admin.client().post("/ip-ranges/remove", body);
            spec.commandLine().getOut().println("Removed.");
            return 0;
        }
    }

    private static void print(CommandSpec spec, AdminOptions admin, JsonNode ranges) {
        if (admin.json) {
            spec.commandLine().getOut().println(ranges.toPrettyString());
            return;
        }
        for (JsonNode r : ranges) {
            spec.commandLine().getOut().printf("%-30s %-40s %-40s %s%n", r.path("profile").asText(),
                    r.path("start").asText(), r.path("end").asText(), r.path("description").asText(""));
        }
    }
}
