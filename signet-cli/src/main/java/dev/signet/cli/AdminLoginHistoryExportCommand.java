package dev.signet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.admin.LoginHistoryQueries;
import dev.signet.server.model.LoginEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signet admin login-history-export}: filtered Login History as CSV (the console's download). */
@Command(name = "login-history-export", mixinStandardHelpOptions = true,
        description = "Login History filtered by user, app, status and time, as CSV (or JSON with --json).",
        footer = {"%nExample:", "  ./signet admin login-history-export --status failure --from 2026-05-01 --out fails.csv"})
final class AdminLoginHistoryExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin AdminOptions admin;
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
    public Integer call() {
        List<String> query = new ArrayList<>();
        add(query, "user", user);
        add(query, "app", app);
        add(query, "status", status);
        add(query, "from", from);
        add(query, "to", to);
        add(query, "limit", Integer.toString(limit));
        JsonNode events = admin.client().get("/login-history/search?" + String.join("&", query));
        String text = admin.json ? events.toPrettyString() : LoginHistoryQueries.csv(toEvents(events));
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException("cannot write " + out + ": " + e.getMessage());
            }
            spec.commandLine().getErr().println("Wrote " + events.size() + " entries to " + out + ".");
        }
        return 0;
    }

    private static List<LoginEvent> toEvents(JsonNode events) {
        List<LoginEvent> list = new ArrayList<>();
        for (JsonNode e : events) {
            list.add(new LoginEvent(e.path("id").asText(), Instant.parse(e.path("time").asText()), null,
                    text(e, "userId"), text(e, "username"), text(e, "appId"), text(e, "application"),
                    text(e, "sourceIp"), text(e, "loginType"), text(e, "status"), text(e, "reason"),
                    text(e, "loginUrl"), text(e, "userAgent"), text(e, "loginSubType")));
        }
        return list;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static void add(List<String> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + AdminPaths.segment(value));
        }
    }
}
