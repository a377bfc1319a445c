package dev.signet.cli;

import dev.signet.core.admin.NewObjectRequest;
import dev.signet.core.admin.ObjectView;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

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
    static final class Create extends AdminSubcommand {
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
        void run() {
            NewObjectRequest request = new NewObjectRequest(name, label, pluralLabel,
                    fields.stream().map(this::field).toList());
            ObjectView created = client().post("/objects", request, ObjectView.class);
            show(created, "Created " + created.name() + " (key prefix " + created.keyPrefix() + "): "
                    + AdminTables.customFields(created) + ".");
        }

        // NAME:TYPE, then optionally the referenced object and/or "required", in either order.
        private NewObjectRequest.Field field(String text) {
            String[] parts = text.split(":");
            if (parts.length < 2 || parts.length > 4 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new ParameterException(spec.commandLine(), "--field takes NAME:TYPE[:OBJECT][:required], "
                        + "e.g. Amount__c:currency or Account__c:reference:Account (got '" + text + "')");
            }
            String referenceTo = null;
            boolean required = false;
            for (int i = 2; i < parts.length; i++) {
                if (parts[i].equalsIgnoreCase("required")) {
                    required = true;
                } else if (referenceTo == null) {
                    referenceTo = parts[i];
                } else {
                    throw new ParameterException(spec.commandLine(), "--field '" + text + "': unexpected '"
                            + parts[i] + "'");
                }
            }
            return new NewObjectRequest.Field(parts[0], null, parts[1], referenceTo, required);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List all objects, standard and custom.")
    static final class ListObjects extends AdminListCommand<ObjectView> {
        ListObjects() {
            super("/objects", ObjectView.class, AdminTables.OBJECTS);
        }
    }
}
