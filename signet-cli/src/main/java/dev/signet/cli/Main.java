package dev.signet.cli;

import dev.signet.server.SignetServer;
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
        System.exit(commandLineFor(args).execute(args));
    }

    /** For {@code server}, a command line that knows that command alone (it starts faster: {@link ServerOnly}). */
    static CommandLine commandLineFor(String[] args) {
        if (args.length > 0 && args[0].equals("server")) {
            SignetServer.preload();
            return friendly(new CommandLine(new ServerOnly()));
        }
        return newCommandLine();
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine newCommandLine() {
        return friendly(new CommandLine(new Main()));
    }

    private static CommandLine friendly(CommandLine cli) {
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
