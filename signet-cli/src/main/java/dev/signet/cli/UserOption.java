package dev.signet.cli;

import picocli.CommandLine.Option;

/** {@code --username}: the user an admin command acts on, and its admin API path. */
final class UserOption {
    @Option(names = "--username", required = true, description = "Username.")
    String username;

    /** {@code /users/{username}} with the username escaped. */
    String path() {
        return "/users/" + AdminPaths.segment(username);
    }
}
