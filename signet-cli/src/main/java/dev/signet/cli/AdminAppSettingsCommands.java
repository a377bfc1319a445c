package dev.signet.cli;

import dev.signet.core.admin.AppPoliciesRequest;
import dev.signet.core.admin.AppSettingsRequest;
import dev.signet.core.admin.AppView;
import dev.signet.core.admin.ApprovalView;
import dev.signet.core.admin.DeletedView;
import dev.signet.core.admin.GrantRequest;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
    static final class Edit extends AdminSubcommand {
        @Mixin AppOption app;
        @Option(names = "--api-name", description = "API name.") String apiName;
        @Option(names = "--contact-email", description = "Contact email.") String contactEmail;
        @Option(names = "--description", description = "Description.") String description;
        @Option(names = "--callback-url", description = "Callback URL (repeatable; replaces the list).") List<String> callbackUrls;
        @Option(names = "--scopes", split = ",", description = "OAuth scopes (replace the list).") List<String> scopes;
        @Option(names = "--jwt-access-tokens", arity = "1", description = "JWT-based access tokens: true or false.")
        Boolean jwtAccessTokens;
        @Option(names = "--enabled", arity = "1", description = "Enable OAuth Settings: true or false.") Boolean enabled;

        @Override
        void run() {
            AppSettingsRequest request = new AppSettingsRequest(apiName, contactEmail, description, callbackUrls,
                    scopes, jwtAccessTokens, enabled);
            show(client().post(app.path() + "/settings", request, AppView.class), "Saved.");
        }
    }

    @Command(name = "policies", mixinStandardHelpOptions = true,
            description = "Manage ▸ Edit Policies. Options left out stay as they are.",
            footer = {"%nExample:", "  ./signet admin app-settings policies --app \"Billing Sync\" "
                    + "--permitted-users self-authorize --ip-relaxation ENFORCE_RELAXREFRESH"})
    static final class Policies extends AdminSubcommand {
        @Mixin AppOption app;
        @Option(names = "--permitted-users", description = "admin-approved or self-authorize.") String permittedUsers;
        @Option(names = "--ip-relaxation",
                description = "ENFORCE, ENFORCE_RELAXREFRESH, BYPASS or BYPASS_2FACTOR.") String ipRelaxation;
        @Option(names = "--session-timeout", description = "Access-token lifetime in minutes (1–1440).") Integer timeout;
        @Option(names = "--strict", arity = "1", description = "Strict assertions: true or false.") Boolean strict;

        @Override
        void run() {
            AppPoliciesRequest request = new AppPoliciesRequest(permittedUsers, ipRelaxation, timeout, strict);
            show(client().post(app.path() + "/policies", request, AppView.class), "Saved.");
        }
    }

    @Command(name = "remove-grant", mixinStandardHelpOptions = true,
            description = "Remove a pre-authorized profile or permission set (the reverse of 'app grant').")
    static final class RemoveGrant extends AdminSubcommand {
        @Mixin AppOption app;
        @ArgGroup(multiplicity = "1") Grant grant;

        static final class Grant {
            @Option(names = "--profile", description = "Profile to remove.") String profile;
            @Option(names = "--permission-set", description = "Permission set to remove.") String permissionSet;
        }

        @Override
        void run() {
            GrantRequest request = new GrantRequest(grant.profile, grant.permissionSet);
            show(client().post(app.path() + "/grants/remove", request, AppView.class), "Removed.");
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

    /** An action on one of an app's certificates: POST {@code …/certificates/{fingerprint}/{action}}. */
    abstract static class CertAction extends AdminAppCommands.AppAction {
        @Option(names = "--fingerprint", required = true, description = "SHA-256 fingerprint (see 'app show').")
        String fingerprint;

        CertAction(String action, String done) {
            super(action, done);
        }

        @Override
        String action() {
            return "/certificates/" + AdminPaths.segment(fingerprint) + super.action();
        }
    }

    @Command(name = "approvals", mixinStandardHelpOptions = true, description = "Users who approved the app.")
    static final class Approvals extends AdminListCommand<ApprovalView> {
        @Mixin AppOption app;

        Approvals() {
            super("/approvals", ApprovalView.class, AdminTables.APPROVALS);
        }

        @Override
        String path() {
            return app.path() + super.path();
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete an app: its consumer key and all its tokens stop working.")
    static final class Delete extends AdminSubcommand {
        @Mixin AppOption app;
        @Option(names = "--yes", required = true, description = "Confirm the deletion.") boolean yes;

        @Override
        void run() {
            client().post(app.path() + "/delete", DeletedView.class);
            out().println("Deleted.");
        }
    }
}
