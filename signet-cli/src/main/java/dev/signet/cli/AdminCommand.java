package dev.signet.cli;

import picocli.CommandLine.Command;

/** {@code signet admin}: manage a running server through its admin API. */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = {"Manage connected apps, users and approvals on a running Signet server.",
            "Finds the server and its admin secret through --data (default ./signet-data) or --url and "
                    + "SIGNET_ADMIN_SECRET."},
        subcommands = {AdminAppCommands.class, AdminUserCommands.class, AdminLoginHistoryCommand.class,
            AdminSigningKeyCommands.class, AdminObjectCommands.class, AdminAppSettingsCommands.class,
            AdminUserSettingsCommands.class, AdminIpRangeCommands.class, AdminLoginHistoryExportCommand.class,
            AdminConsoleAdminCommands.class, AdminPurgeCommand.class, AdminApplyCommand.class,
            AdminExportCommand.class})
final class AdminCommand {}
