package dev.signet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
    static final class Create implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

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
        public Integer call() {
            ObjectNode body = AdminClient.json().createObjectNode().put("name", name)
                    .put("certificateDer", Base64.getEncoder().encodeToString(readFile(cert)))
                    .put("selfAuthorize", selfAuthorize).put("strictAssertions", strict)
                    .put("jwtAccessTokens", jwtAccessTokens).put("introspectAllTokens", introspectAll);
            strings(body.putArray("scopes"), scopes);
            strings(body.putArray("profiles"), profiles);
            strings(body.putArray("permissionSets"), permissionSets);
            if (sessionTimeout != null) {
                body.put("sessionTimeoutMinutes", sessionTimeout);
            }
            JsonNode app = admin.client().post("/apps", body);
            PrintWriter out = spec.commandLine().getOut();
            if (admin.json) {
                out.println(app.toPrettyString());
            } else {
                out.println(app.path("consumerKey").asText());
                spec.commandLine().getErr().println("Created connected app '" + name + "'. The line above is its "
                        + "consumer key: use it as the assertion's iss (--client-id).");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List connected apps.")
    static final class ListApps implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

        @Override
        public Integer call() {
            JsonNode apps = admin.client().get("/apps");
            PrintWriter out = spec.commandLine().getOut();
            if (admin.json) {
                out.println(apps.toPrettyString());
                return 0;
            }
            for (JsonNode app : apps) {
                out.printf("%-30s %-15s %s%s%n", app.path("name").asText(), app.path("permittedUsers").asText(),
                        app.path("consumerKey").asText(), app.path("enabled").asBoolean() ? "" : "  (disabled)");
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one app as JSON.")
    static final class Show implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

        @Option(names = "--app", required = true, description = "Consumer key or name.")
        String app;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(admin.client().get("/apps/" + AdminPaths.segment(app)).toPrettyString());
            return 0;
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true,
            description = "Pre-authorize a profile or permission set (Manage Profiles / Manage Permission Sets).")
    static final class Grant implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

        @Option(names = "--app", required = true, description = "Consumer key or name.")
        String app;

        @Option(names = "--profile", description = "Profile to pre-authorize.")
        String profile;

        @Option(names = "--permission-set", description = "Permission set to pre-authorize.")
        String permissionSet;

        @Override
        public Integer call() {
            if (profile == null && permissionSet == null) {
                throw new CliException("give --profile P or --permission-set S");
            }
            ObjectNode body = AdminClient.json().createObjectNode().put("profile", profile).put("permissionSet",
                    permissionSet);
            printApp(spec, admin, admin.client().post("/apps/" + AdminPaths.segment(app) + "/grants", body),
                    "Granted.");
            return 0;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Record a user's one-time approval of a self-authorize app.")
    static final class Approve implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

        @Option(names = "--app", required = true, description = "Consumer key or name.")
        String app;

        @Option(names = "--user", required = true, description = "Username.")
        String user;

        @Override
        public Integer call() {
            ObjectNode body = AdminClient.json().createObjectNode().put("username", user);
            printApp(spec, admin, admin.client().post("/apps/" + AdminPaths.segment(app) + "/approvals", body),
                    "Approved: " + user + " may now log in to the app with a JWT.");
            return 0;
        }
    }

    @Command(name = "add-cert", mixinStandardHelpOptions = true,
            description = "Add another certificate (key rotation: both verify until the old one is retired).")
    static final class AddCert implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

        @Option(names = "--app", required = true, description = "Consumer key or name.")
        String app;

        @Option(names = "--cert", required = true, description = "Certificate file, PEM or DER.")
        Path cert;

        @Override
        public Integer call() {
            ObjectNode body = AdminClient.json().createObjectNode()
                    .put("certificateDer", Base64.getEncoder().encodeToString(readFile(cert)));
            printApp(spec, admin, admin.client().post("/apps/" + AdminPaths.segment(app) + "/certificates", body),
                    "Certificate added.");
            return 0;
        }
    }

    /** An action on one app that takes no input: POST /apps/{key}/{action}. */
    abstract static class AppAction implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin AdminOptions admin;

        @Option(names = "--app", required = true, description = "Consumer key or name.")
        String app;

        private final String action;
        private final String done;

        AppAction(String action, String done) {
            this.action = action;
            this.done = done;
        }

        @Override
        public Integer call() {
            printApp(spec, admin, admin.client().post("/apps/" + AdminPaths.segment(app) + "/" + action,
                    AdminClient.json().createObjectNode()), done);
            return 0;
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

    static void printApp(CommandSpec spec, AdminOptions admin, JsonNode app, String message) {
        if (admin.json) {
            spec.commandLine().getOut().println(app.toPrettyString());
        } else {
            spec.commandLine().getOut().println(message);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
