package dev.signet.cli;

import dev.signet.core.admin.LoginEventView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code signet admin login-history}: recent login attempts with the precise reason. */
@Command(name = "login-history", mixinStandardHelpOptions = true,
        description = "Recent login attempts, newest first, with the precise reason for each failure.")
final class AdminLoginHistoryCommand extends AdminListCommand<LoginEventView> {
    @Option(names = "--limit", defaultValue = "50", description = "How many entries (default: ${DEFAULT-VALUE}).")
    int limit;

    AdminLoginHistoryCommand() {
        super("/login-history", LoginEventView.class, AdminTables.LOGIN_HISTORY);
    }

    @Override
    String path() {
        return super.path() + "?limit=" + limit;
    }
}
