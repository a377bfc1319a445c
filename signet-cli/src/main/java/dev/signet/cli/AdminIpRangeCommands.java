package dev.signet.cli;

import dev.signet.core.admin.IpRangeRequest;
import dev.signet.core.admin.IpRangeView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code signet admin ip-ranges …}: profiles' Login IP Ranges. */
@Command(name = "ip-ranges", mixinStandardHelpOptions = true,
        description = "Profiles' login IP ranges: logins from outside every range of the user's profile fail "
                + "with 'IP restricted or invalid login hours' unless the app relaxes IP restrictions.",
        subcommands = {AdminIpRangeCommands.ListRanges.class, AdminIpRangeCommands.Add.class,
            AdminIpRangeCommands.Remove.class})
final class AdminIpRangeCommands {
    private AdminIpRangeCommands() {}

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the ranges.")
    static final class ListRanges extends AdminListCommand<IpRangeView> {
        ListRanges() {
            super("/ip-ranges", IpRangeView.class, AdminTables.IP_RANGES);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a range to a profile.",
            footer = {"%nExample:", "  ./signet admin ip-ranges add --profile Integration --start 10.0.0.0 "
                    + "--end 10.0.255.255 --description \"office VPN\""})
    static final class Add extends AdminSubcommand {
        @Option(names = "--profile", required = true, description = "Profile.") String profile;
        @Option(names = "--start", required = true, description = "First address (IPv4 or IPv6).") String start;
        @Option(names = "--end", description = "Last address (default: the start address).") String end;
        @Option(names = "--description", description = "Description.") String description;

        @Override
        void run() {
            client().post("/ip-ranges", new IpRangeRequest(profile, start, end, description), IpRangeView.class);
            out().println("Added.");
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a range.")
    static final class Remove extends AdminSubcommand {
        @Option(names = "--profile", required = true, description = "Profile.") String profile;
        @Option(names = "--start", required = true, description = "First address.") String start;
        @Option(names = "--end", required = true, description = "Last address.") String end;

        @Override
        void run() {
            client().post("/ip-ranges/remove", new IpRangeRequest(profile, start, end, null), IpRangeView[].class);
            out().println("Removed.");
        }
    }
}
