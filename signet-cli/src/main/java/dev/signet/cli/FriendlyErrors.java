package dev.signet.cli;

import picocli.CommandLine;

/**
 * Turns an exception from a command into one line that says what to fix, instead of a stack
 * trace. {@link CliException} messages are shown as they are; anything else gets its type too.
 * Set {@code SIGNET_DEBUG=1} to see the stack trace.
 */
final class FriendlyErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (System.getenv("SIGNET_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        String message = ex instanceof CliException ? ex.getMessage()
                : ex.getClass().getSimpleName() + ": " + ex.getMessage();
        cmd.getErr().println(cmd.getColorScheme().errorText("error: " + message));
        return ex instanceof CliException c ? c.exitCode() : 1;
    }
}
