package dev.signet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code signet admin app-settings …}: what App Manager edits after creation. */
@Command(name = "app-settings", mixinStandardHelpOptions = true,
        description = "Edit a connected app: details, policies, grants, certificates (rotation), deletion.",
        subcommands = {AdminAppSettingsCommands.Edit.class, AdminAppSettingsCommands.Policies.class,
            AdminAppSettingsCommands.RemoveGrant.class, AdminAppSettingsCommands.RetireCert.class,
            AdminAppSettingsCommands.ActivateCert.class, AdminAppSettingsCommands.Approvals.class,
            AdminAppSettingsCommands.Delete.class})
final class AdminAppSettingsCommands {
    private AdminAppSettingsCommands() {}

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "App Manager ▸ Edit: API name, contact email, description, callback URLs, scopes, JWT access "
                    + "tokens, Enable OAuth Settings. Options left out stay as they are.",
            footer = {"%nExample:", "  ./signet admin app-settings edit --app \"Billing Sync\" "
                    + "--callback-url https://billing.acme.example/oauth/callback --scopes api,refresh_token"})
    static final class Edit implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;
        @Option(names = "--app", required = true, description = "Consumer key or name.") String app;
        @Option(names = "--api-name", description = "API name.") String apiName;
        @Option(names = "--contact-email", description = "Contact email.") String contactEmail;
        @Option(names = "--description", description = "Description.") String description;
        @Option(names = "--callback-url", description = "Callback URL (repeatable; replaces the list).") List<String> callbackUrls;
        @Option(names = "--scopes", split = ",", description = "OAuth scopes (replace the list).") List<String> scopes;
        @Option(names = "--jwt-access-tokens", arity = "1", description = "JWT-based access tokens: true or false.")
        Boolean jwtAccessTokens;
        @Option(names = "--enabled", arity = "1", description = "Enable OAuth Settings: true or false.") Boolean enabled;

        @Override
        public Integer call() {
            ObjectNode body = AdminClient.json().createObjectNode();
            putIfSet(body, "apiName", apiName);
            putIfSet(body, "contactEmail", contactEmail);
            putIfSet(body, "description", description);
            if (callbackUrls != null) {
                callbackUrls.forEach(body.putArray("callbackUrls")::add);
            }
            if (scopes != null) {
                scopes.forEach(body.putArray("scopes")::add);
            }
            if (jwtAccessTokens != null) {
                body.put("jwtAccessTokens", jwtAccessTokens);
            }
            if (enabled != null) {
                body.put("enabled", enabled);
            }
            AdminAppCommands.printApp(spec, admin, admin.client().post(appPath(app) + "/settings", body), "Saved.");
            return 0;
        }
    }

    @Command(name = "policies", mixinStandardHelpOptions = true,
            description = "Manage ▸ Edit Policies. Options left out stay as they are.",
            footer = {"%nExample:", "  ./signet admin app-settings policies --app \"Billing Sync\" "
                    + "--permitted-users self-authorize --ip-relaxation ENFORCE_RELAXREFRESH"})
    static final class Policies implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;
        @Option(names = "--app", required = true, description = "Consumer key or name.") String app;
        @Option(names = "--permitted-users", description = "admin-approved or self-authorize.") String permittedUsers;
        @Option(names = "--ip-relaxation",
                description = "ENFORCE, ENFORCE_RELAXREFRESH, BYPASS or BYPASS_2FACTOR.") String ipRelaxation;
        @Option(names = "--session-timeout", description = "Access-token lifetime in minutes (1–1440).") Integer timeout;
        @Option(names = "--strict", arity = "1", description = "Strict assertions: true or false.") Boolean strict;

        @Override
        public Integer call() {
            ObjectNode body = AdminClient.json().createObjectNode();
            putIfSet(body, "permittedUsers", permittedUsers);
            putIfSet(body, "ipRelaxation", ipRelaxation);
            if (timeout != null) {
                body.put("sessionTimeoutMinutes", timeout);
            }
            if (strict != null) {
                body.put("strictAssertions", strict);
            }
            AdminAppCommands.printApp(spec, admin, admin.client().post(appPath(app) + "/policies", body), "Saved.");
            return 0;
        }
    }

    @Command(name = "remove-grant", mixinStandardHelpOptions = true,
            description = "Remove a pre-authorized profile or permission set (the reverse of 'app grant').")
    static final class RemoveGrant implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;
        @Option(names = "--app", required = true, description = "Consumer key or name.") String app;
        @ArgGroup(multiplicity = "1") Grant grant;

        static final class Grant {
            @Option(names = "--profile", description = "Profile to remove.") String profile;
            @Option(names = "--permission-set", description = "Permission set to remove.") String permissionSet;
        }

        @Override
        public Integer call() {
            ObjectNode body = AdminClient.json().createObjectNode().put("profile", grant.profile)
                    .put("permissionSet", grant.permissionSet);
            AdminAppCommands.printApp(spec, admin, admin.client().post(appPath(app) + "/grants/remove", body), "Removed.");
            return 0;
        }
    }

    @Command(name = "retire-cert", mixinStandardHelpOptions = true,
            description = "Retire a certificate: it no longer verifies signatures (the app keeps at least one).")
    static final class RetireCert extends CertAction {
        RetireCert() {
            super("retire", "Retired.");
        }
    }

    @Command(name = "activate-cert", mixinStandardHelpOptions = true, description = "Re-activate a retired certificate.")
    static final class ActivateCert extends CertAction {
        ActivateCert() {
            super("activate", "Activated.");
        }
    }

    /** An action on one of an app's certificates: POST …/certificates/{fingerprint}/{action}. */
    abstract static class CertAction implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;
        @Option(names = "--app", required = true, description = "Consumer key or name.") String app;
        @Option(names = "--fingerprint", required = true, description = "SHA-256 fingerprint (see 'app show').")
        String fingerprint;

        private final String action;
        private final String done;

        CertAction(String action, String done) {
            this.action = action;
            this.done = done;
        }

        @Override
        public Integer call() {
            AdminAppCommands.printApp(spec, admin, admin.client().post(appPath(app) + "/certificates/"
                    + AdminPaths.segment(fingerprint) + "/" + action, AdminClient.json().createObjectNode()), done);
            return 0;
        }
    }

    @Command(name = "approvals", mixinStandardHelpOptions = true, description = "Users who approved the app.")
    static final class Approvals implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;
        @Option(names = "--app", required = true, description = "Consumer key or name.") String app;

        @Override
        public Integer call() {
            printApprovals(spec, admin, admin.client().get(appPath(app) + "/approvals"));
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete an app: its consumer key and all its tokens stop working.")
    static final class Delete implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;
        @Option(names = "--app", required = true, description = "Consumer key or name.") String app;
        @Option(names = "--yes", required = true, description = "Confirm the deletion.") boolean yes;

        @Override
        public Integer call() {
            admin.client().post(appPath(app) + "/delete", AdminClient.json().createObjectNode());
            spec.commandLine().getOut().println("Deleted.");
            return 0;
        }
    }

    static void printApprovals(CommandSpec spec, AdminOptions admin, JsonNode approvals) {
        if (admin.json) {
            spec.commandLine().getOut().println(approvals.toPrettyString());
            return;
        }
        for (JsonNode a : approvals) {
            spec.commandLine().getOut().printf("%-30s %-40s %-28s %s%n", a.path("app").asText(),
                    a.path("username").asText(), a.path("approvedAt").asText(), a.path("scopes").toString());
        }
    }

    private static String appPath(String app) {
        return "/apps/" + AdminPaths.segment(app);
    }

    private static void putIfSet(ObjectNode body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }
}
