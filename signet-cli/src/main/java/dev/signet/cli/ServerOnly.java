package dev.signet.cli;

import picocli.CommandLine.Command;

/**
 * The command line {@code ./signet server …} is parsed with: the same {@code signet} top command
 * with the {@code server} subcommand alone. Picocli builds the model of every subcommand it is
 * given, by reflection, from classes too old for the class-data archive; for the whole tree that
 * took about 0.6 s of a 2 s start (docs/memory-and-startup.md).
 */
@Command(name = "signet", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {ServerCommand.class, picocli.CommandLine.HelpCommand.class})
final class ServerOnly implements Runnable {
    @Override
    public void run() {
        // Never run: Main uses this command line only when the first argument is "server".
    }
}
