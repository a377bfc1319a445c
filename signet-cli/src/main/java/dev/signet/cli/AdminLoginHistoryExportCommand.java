package dev.signet.cli;

import dev.signet.core.admin.LoginEventView;
import dev.signet.server.admin.LoginHistoryQueries;
import dev.signet.server.model.LoginEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code signet admin login-history-export}: filtered Login History as CSV (the console's download). */
@Command(name = "login-history-export", mixinStandardHelpOptions = true,
        description = "Login History filtered by user, app, status and time, as CSV (or JSON with --json).",
        footer = {"%nExample:", "  ./signet admin login-history-export --status failure --from 2026-05-01 --out fails.csv"})
final class AdminLoginHistoryExportCommand extends AdminSubcommand {
    @Option(names = "--user", description = "Part of the username.") String user;
    @Option(names = "--app", description = "Part of the app name.") String app;
    @Option(names = "--status", description = "success, failure, or an exact status such as \"Restricted IP\".")
    String status;
    @Option(names = "--from", description = "From (UTC): 2026-05-01 or 2026-05-01T09:30.") String from;
    @Option(names = "--to", description = "To (UTC), exclusive; a date includes that whole day.") String to;
    @Option(names = "--limit", defaultValue = "1000", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--out", description = "Write to this file instead of standard output.") Path out;

    @Override
    void run() {
        List<LoginEventView> events = client().list("/login-history/search?" + query(), LoginEventView.class);
        // the CSV is the server's own (the console's download), made here from the same rows
        String text = admin.json ? AdminClient.pretty(events) + System.lineSeparator()
                : LoginHistoryQueries.csv(events.stream().map(AdminLoginHistoryExportCommand::event).toList());
        if (out == null) {
            out().print(text);
            out().flush();
            return;
        }
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot write " + out + ": " + e.getMessage());
        }
        err().println("Wrote " + events.size() + " entries to " + out + ".");
    }

    private String query() {
        List<String> query = new ArrayList<>();
        add(query, "user", user);
        add(query, "app", app);
        add(query, "status", status);
        add(query, "from", from);
        add(query, "to", to);
        add(query, "limit", Integer.toString(limit));
        return String.join("&", query);
    }

    private static LoginEvent event(LoginEventView e) {
        return new LoginEvent(e.id(), Instant.parse(e.time()), null, e.userId(), e.username(), e.appId(),
                e.application(), e.sourceIp(), e.loginType(), e.status(), e.reason(), e.loginUrl(), e.userAgent(),
                e.loginSubType());
    }

    private static void add(List<String> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + AdminPaths.segment(value));
        }
    }
}
