package dev.signet.cli;

import picocli.CommandLine.Command;

/** {@code signet admin export}: the current org as an org file, on stdout. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Print the current org as an org file (YAML, certificates inline): apply it to another",
            "server, or keep it in git. Records are data and are not exported."},
        footer = {"%nExample:", "  ./signet admin export > org.yaml && ./signet admin apply -f org.yaml --dry-run"})
final class AdminExportCommand extends AdminSubcommand {
    @Override
    void run() {
        out().print(client().getText("/org/export"));
        out().flush();
    }
}
