package dev.signet.cli;

import dev.signet.core.admin.LoginEventView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code signet admin login-history}: recent login attempts with the precise reason. */
@Command(name = "login-history", mixinStandardHelpOptions = true,
        description = "Recent login attempts, newest first, with the precise reason for each failure.")
final class AdminLoginHistoryCommand extends AdminSubcommand {
    @Option(names = "--limit", defaultValue = "50", description = "How many entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    void run() {
        list(client().list("/login-history?limit=" + limit, LoginEventView.class), new AdminTable<LoginEventView>()
                .column("TIME", LoginEventView::time)
                .column("USER", LoginEventView::username)
                .column("APP", LoginEventView::application)
                .column("SOURCE IP", LoginEventView::sourceIp)
                .column("STATUS", LoginEventView::status)
                .column("REASON", LoginEventView::reason));
    }
}
