package dev.signet.cli;

import dev.signet.core.admin.SigningKeyView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code signet admin signing-key …}: the server's keys for JWT access tokens. */
@Command(name = "signing-key", mixinStandardHelpOptions = true,
        description = {"The server's RS256 keys that sign JWT access tokens (published at /id/keys).",
            "Rotate to make a new key the signer; old keys keep verifying until you retire them."},
        subcommands = {AdminSigningKeyCommands.ListKeys.class, AdminSigningKeyCommands.Rotate.class,
            AdminSigningKeyCommands.Retire.class})
final class AdminSigningKeyCommands {
    private AdminSigningKeyCommands() {}

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List signing keys, oldest first.")
    static final class ListKeys extends AdminListCommand<SigningKeyView> {
        ListKeys() {
            super("/signing-keys", SigningKeyView.class, AdminTables.SIGNING_KEYS);
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Make a new key the signer; the old one stays in /id/keys and still verifies.",
            footer = {"%nAfter the old tokens have expired (session timeout), retire the old key:",
                "  ./signet admin signing-key retire --kid OLD_KID"})
    static final class Rotate extends AdminSubcommand {
        @Override
        void run() {
            print(this, client().post("/signing-keys/rotate", SigningKeyView.class),
                    "New signing key; the previous one still verifies until retired.");
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true,
            description = "Remove an old key from /id/keys: tokens it signed stop working at once.")
    static final class Retire extends AdminSubcommand {
        @Option(names = "--kid", required = true, description = "Key ID (see 'signing-key list').")
        String kid;

        @Override
        void run() {
            print(this, client().post("/signing-keys/" + AdminPaths.segment(kid) + "/retire", SigningKeyView.class),
                    "Retired; tokens signed with it are refused from now on.");
        }
    }

    // The kid on stdout, for scripts; what happened on stderr.
    private static void print(AdminSubcommand command, SigningKeyView key, String message) {
        command.show(key, key.kid());
        if (!command.admin.json) {
            command.err().println(message);
        }
    }
}
