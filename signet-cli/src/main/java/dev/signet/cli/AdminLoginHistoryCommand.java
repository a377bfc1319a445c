package dev.signet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signet admin login-history}: recent login attempts with the precise reason. */
@Command(name = "login-history", mixinStandardHelpOptions = true,
        description = "Recent login attempts, newest first, with the precise reason for each failure.")
final class AdminLoginHistoryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin AdminOptions admin;

    @Option(names = "--limit", defaultValue = "50", description = "How many entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        JsonNode events = admin.client().get("/login-history?limit=" + limit);
        PrintWriter out = spec.commandLine().getOut();
        if (admin.json) {
            out.println(events.toPrettyString());
            return 0;
        }
        out.printf("%-24s %-32s %-20s %-15s %-34s %s%n", "TIME", "USER", "APP", "SOURCE IP", "STATUS", "REASON");
        for (JsonNode e : events) {
            out.printf("%-24s %-32s %-20s %-15s %-34s %s%n", e.path("time").asText(), e.path("username").asText("-"),
                    e.path("application").asText("-"), e.path("sourceIp").asText(), e.path("status").asText(),
                    e.path("reason").asText());
        }
        return 0;
    }
}
