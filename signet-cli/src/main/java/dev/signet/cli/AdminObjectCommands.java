package dev.signet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code signet admin object …}: custom objects for the REST data API. */
@Command(name = "object", mixinStandardHelpOptions = true,
        description = "Custom objects (Name__c) for the REST data API: define them, list all objects.",
        subcommands = {AdminObjectCommands.Create.class, AdminObjectCommands.ListObjects.class})
final class AdminObjectCommands {
    private AdminObjectCommands() {}

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Define a custom object. It gets the next key prefix (a00, a01, …) and the standard "
                    + "fields Id, Name, OwnerId and the audit fields.",
            footer = {"%nField types: string, textarea, email, phone, url, picklist, boolean, date, datetime, "
                    + "double, currency, percent, int, reference.", "%nExample:",
                "  ./signet admin object create --name Invoice__c --field Amount__c:currency "
                        + "--field Account__c:reference:Account --field Due__c:date:required"})
    static final class Create implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

        @Option(names = "--name", required = true, description = "API name, ending in __c (e.g. Invoice__c).")
        String name;

        @Option(names = "--label", description = "Label (default: from the name).")
        String label;

        @Option(names = "--plural-label", description = "Plural label (default: the label plus 's').")
        String pluralLabel;

        @Option(names = "--field", paramLabel = "NAME:TYPE[:OBJECT][:required]",
                description = "A custom field (repeatable); reference fields name the object they point to.")
        List<String> fields = new ArrayList<>();

        @Override
        public Integer call() {
            ObjectNode body = AdminClient.json().createObjectNode().put("name", name).put("label", label)
                    .put("labelPlural", pluralLabel);
            ArrayNode list = body.putArray("fields");
            fields.forEach(f -> list.add(field(f)));
            JsonNode created = admin.client().post("/objects", body);
            PrintWriter out = spec.commandLine().getOut();
            if (admin.json) {
                out.println(created.toPrettyString());
            } else {
                out.println("Created " + created.path("name").asText() + " (key prefix "
                        + created.path("keyPrefix").asText() + "): " + describeCustomFields(created) + ".");
            }
            return 0;
        }

        private ObjectNode field(String text) {
            String[] parts = text.split(":");
            if (parts.length < 2 || parts.length > 4 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new ParameterException(spec.commandLine(), "--field takes NAME:TYPE[:OBJECT][:required], "
                        + "e.g. Amount__c:currency or Account__c:reference:Account (got '" + text + "')");
            }
            ObjectNode f = AdminClient.json().createObjectNode().put("name", parts[0]).put("type", parts[1]);
            for (int i = 2; i < parts.length; i++) {
                if (parts[i].equalsIgnoreCase("required")) {
                    f.put("required", true);
                } else if (!f.has("referenceTo")) {
                    f.put("referenceTo", parts[i]);
                } else {
                    throw new ParameterException(spec.commandLine(), "--field '" + text + "': unexpected '"
                            + parts[i] + "'");
                }
            }
            return f;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List all objects, standard and custom.")
    static final class ListObjects implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

        @Override
        public Integer call() {
            JsonNode objects = admin.client().get("/objects");
            PrintWriter out = spec.commandLine().getOut();
            if (admin.json) {
                out.println(objects.toPrettyString());
                return 0;
            }
            out.printf("%-24s %-6s %-9s %s%n", "NAME", "PREFIX", "KIND", "CUSTOM FIELDS");
            for (JsonNode o : objects) {
                String kind = o.path("custom").asBoolean() ? "custom" : o.path("writable").asBoolean() ? "standard"
                        : "read-only";
                out.printf("%-24s %-6s %-9s %s%n", o.path("name").asText(), o.path("keyPrefix").asText(), kind,
                        describeCustomFields(o));
            }
            return 0;
        }
    }

    // "Amount__c (currency), Account__c (reference to Account)", or "-" when none.
    private static String describeCustomFields(JsonNode object) {
        List<String> parts = new ArrayList<>();
        for (JsonNode f : object.path("fields")) {
            if (f.path("custom").asBoolean()) {
                String type = f.path("type").asText().toLowerCase(Locale.ROOT);
                parts.add(f.path("name").asText() + " (" + type + (f.has("referenceTo") ? " to "
                        + f.path("referenceTo").asText() : "") + (f.path("required").asBoolean() ? ", required" : "")
                        + ")");
            }
        }
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }
}
