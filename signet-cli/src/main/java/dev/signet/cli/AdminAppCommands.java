package dev.signet.cli;

import dev.signet.core.admin.AppView;
import dev.signet.core.admin.ApprovalRequest;
import dev.signet.core.admin.CertificateRequest;
import dev.signet.core.admin.GrantRequest;
import dev.signet.core.admin.NewAppRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code signet admin app …}: connected apps. */
@Command(name = "app", mixinStandardHelpOptions = true, description = "Connected apps.",
        subcommands = {AdminAppCommands.Create.class, AdminAppCommands.ListApps.class, AdminAppCommands.Show.class,
            AdminAppCommands.Grant.class, AdminAppCommands.Approve.class, AdminAppCommands.AddCert.class,
            AdminAppCommands.Disable.class, AdminAppCommands.Enable.class})
final class AdminAppCommands {
    private AdminAppCommands() {}

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a connected app with a certificate for digital signatures; prints its consumer key.",
            footer = {"%nExample:", "  ./signet admin app create --name \"Billing Sync\" --cert keys/server.crt "
                    + "--profile \"System Administrator\""})
    static final class Create extends AdminSubcommand {
        @Option(names = "--name", required = true, description = "App name (unique).")
        String name;

        @Option(names = "--cert", required = true, description = "Certificate file, PEM or DER (e.g. server.crt).")
        Path cert;

        @Option(names = "--scopes", split = ",", description = "OAuth scopes (default: api,id,web,refresh_token).")
        List<String> scopes = new ArrayList<>();

        @Option(names = "--self-authorize",
                description = "Permitted users: all users may self-authorize (default: admin approved users are pre-authorized).")
        boolean selfAuthorize;

        @Option(names = "--profile", description = "Pre-authorize a profile (repeatable).")
        List<String> profiles = new ArrayList<>();

        @Option(names = "--permission-set", description = "Pre-authorize a permission set (repeatable).")
        List<String> permissionSets = new ArrayList<>();

        @Option(names = "--session-timeout", description = "Access-token lifetime in minutes (default: 120).")
        Integer sessionTimeout;

        @Option(names = "--strict", description = "Strict assertions: exp at most 5 minutes ahead and jti required.")
        boolean strict;

        @Option(names = "--jwt-access-tokens",
                description = "Issue JWT-based access tokens (RS256, verifiable with /id/keys) instead of opaque ones.")
        boolean jwtAccessTokens;

        @Option(names = "--introspect-all",
                description = "The app may introspect every app's tokens, not only its own.")
        boolean introspectAll;

        @Override
        void run() {
            NewAppRequest request = NewAppRequest.of(name, readFile(cert), new NewAppRequest.Options(scopes,
                    selfAuthorize, profiles, permissionSets, sessionTimeout, strict, jwtAccessTokens, introspectAll));
            AppView app = client().post("/apps", request, AppView.class);
            show(app, app.consumerKey());
            if (!admin.json) {
                err().println("Created connected app '" + name + "'. The line above is its "
                        + "consumer key: use it as the assertion's iss (--client-id).");
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List connected apps.")
    static final class ListApps extends AdminListCommand<AppView> {
        ListApps() {
            super("/apps", AppView.class, AdminTables.APPS);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one app as JSON.")
    static final class Show extends AdminSubcommand {
        @Mixin AppOption app;

        @Override
        void run() {
            out().println(AdminClient.pretty(client().get(app.path(), AppView.class)));
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true,
            description = "Pre-authorize a profile or permission set (Manage Profiles / Manage Permission Sets).")
    static final class Grant extends AdminSubcommand {
        @Mixin AppOption app;

        @Option(names = "--profile", description = "Profile to pre-authorize.")
        String profile;

        @Option(names = "--permission-set", description = "Permission set to pre-authorize.")
        String permissionSet;

        @Override
        void run() {
            if (profile == null && permissionSet == null) {
                throw new CliException("give --profile P or --permission-set S");
            }
            show(client().post(app.path() + "/grants", new GrantRequest(profile, permissionSet), AppView.class),
                    "Granted.");
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Record a user's one-time approval of a self-authorize app.")
    static final class Approve extends AdminSubcommand {
        @Mixin AppOption app;

        @Option(names = "--user", required = true, description = "Username.")
        String user;

        @Override
        void run() {
            show(client().post(app.path() + "/approvals", new ApprovalRequest(user, null), AppView.class),
                    "Approved: " + user + " may now log in to the app with a JWT.");
        }
    }

    @Command(name = "add-cert", mixinStandardHelpOptions = true,
            description = "Add another certificate (key rotation: both verify until the old one is retired).")
    static final class AddCert extends AdminSubcommand {
        @Mixin AppOption app;

        @Option(names = "--cert", required = true, description = "Certificate file, PEM or DER.")
        Path cert;

        @Override
        void run() {
            show(client().post(app.path() + "/certificates", CertificateRequest.ofFile(readFile(cert)), AppView.class),
                    "Certificate added.");
        }
    }

    /** An action on one app that takes no input: POST {@code <app path>/<action>}. */
    abstract static class AppAction extends AdminSubcommand {
        @Mixin AppOption app;
        private final String action;
        private final String done;

        AppAction(String action, String done) {
            this.action = action;
            this.done = done;
        }

        /** The action's path below the app's. */
        String action() {
            return "/" + action;
        }

        @Override
        void run() {
            show(client().post(app.path() + action(), AppView.class), done);
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable an app: its logins fail.")
    static final class Disable extends AppAction {
        Disable() {
            super("disable", "Disabled.");
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled app.")
    static final class Enable extends AppAction {
        Enable() {
            super("enable", "Enabled.");
        }
    }

    static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
