package dev.signet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.orgfile.OrgFileException;
import dev.signet.server.orgfile.OrgSpec;
import dev.signet.server.orgfile.OrgSpecReader;
import dev.signet.server.orgfile.OrgSpecWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code signet admin apply -f org.yaml}: checks the file here (every problem with its line and
 * column), prints the plan, then applies it unless {@code --dry-run}.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Apply an org file (YAML): create or update the apps, users, approvals, IP ranges, objects and",
            "records it declares; prints the plan (create/update/unchanged/delete) first. Idempotent."},
        footer = {"%nExamples:", "  ./signet admin apply -f org.yaml --dry-run   # the plan only",
            "  ./signet admin apply -f org.yaml             # apply it",
            "  ./signet admin apply -f org.yaml --prune     # and remove what the file no longer declares",
            "  ./signet admin export > org.yaml             # the current org, as a file to apply"})
final class AdminApplyCommand extends AdminSubcommand {
    @Option(names = {"-f", "--file"}, required = true, paramLabel = "FILE", description = "The org file (YAML).")
    Path file;

    @Option(names = "--dry-run", description = "Print the plan; change nothing.")
    boolean dryRun;

    @Option(names = "--prune", description = "Also delete apps, deactivate users and remove approvals and IP ranges "
            + "the file does not declare.")
    boolean prune;

    @Override
    void run() {
        OrgSpec spec;
        try {
            spec = OrgSpecReader.read(file);
        } catch (OrgFileException e) {
            throw new CliException(e.getMessage());
        }
        Map<String, Object> request = Map.of("orgFile", OrgSpecWriter.write(spec), "prune", prune);
        JsonNode plan = client().post("/org/plan", request, JsonNode.class);
        if (admin.json && dryRun) {
            out().println(AdminClient.pretty(plan));
            return;
        }
        if (!admin.json) {
            print(plan);
        }
        if (dryRun) {
            err().println("Dry run: nothing changed.");
            return;
        }
        JsonNode applied = client().post("/org/apply", request, JsonNode.class);
        if (admin.json) {
            out().println(AdminClient.pretty(applied));
        } else {
            err().println("Applied " + file + ".");
        }
    }

    private void print(JsonNode plan) {
        for (JsonNode c : plan.get("changes")) {
            String detail = c.get("detail").asText();
            out().printf("%-10s %-9s %s%s%n", c.get("action").asText(), c.get("kind").asText(), c.get("name").asText(),
                    detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }
}
