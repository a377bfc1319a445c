package dev.signet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code signet admin purge}: run the retention job now, or show what it would delete. */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = {"Delete what has outlived its use: expired or revoked tokens, used jti marks, spent codes,",
            "ended sessions and query locators past the grace period, Login History past its retention.",
            "Every node also does this on its own every retention.interval (see --print-config)."},
        footer = {"%nExamples:", "  ./signet admin purge --dry-run     # what would go, nothing deleted",
            "  ./signet admin purge               # delete it now"})
final class AdminPurgeCommand extends AdminSubcommand {
    @Option(names = "--dry-run", description = "Only count what would be deleted.")
    boolean dryRun;

    @Override
    void run() {
        JsonNode result = dryRun ? client().get("/retention", JsonNode.class)
                : client().post("/retention/purge", JsonNode.class);
        if (admin.json) {
            out().println(AdminClient.pretty(result));
            return;
        }
        JsonNode counts = result.get(dryRun ? "delete" : "deleted");
        out().printf("%-20s %12s%n", "KIND", dryRun ? "WOULD DELETE" : "DELETED");
        long total = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = counts.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> row = it.next();
            out().printf("%-20s %12d%n", row.getKey(), row.getValue().asLong());
            total += row.getValue().asLong();
        }
        err().println(dryRun ? total + " rows would be deleted; nothing was (dry run)." : total + " rows deleted.");
    }
}
