package dev.signet.cli;

import picocli.CommandLine.Option;

/** {@code --app}: the connected app an admin command acts on, and its admin API path. */
final class AppOption {
    @Option(names = "--app", required = true, description = "Consumer key or name.")
    String app;

    /** {@code /apps/{app}} with the key or name escaped. */
    String path() {
        return "/apps/" + AdminPaths.segment(app);
    }
}
