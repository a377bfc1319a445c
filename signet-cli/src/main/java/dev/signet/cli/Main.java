package dev.signet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code ./signet} command. */
@Command(
        name = "signet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "OAuth 2.0 JWT Bearer flow (RFC 7523), the way Salesforce runs it.",
        subcommands = {
            KeygenCommand.class,
            TokenCommand.class,
            JwtCommand.class,
            ServerCommand.class,
            AdminCommand.class,
            DoctorCommand.class,
            ApiCommand.class,
            BrokerCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
