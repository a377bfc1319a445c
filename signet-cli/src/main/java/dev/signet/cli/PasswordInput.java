package dev.signet.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** A password read from standard input ({@code --password-stdin}) or prompted for without echo. */
final class PasswordInput {
    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
    boolean stdin;

    String read(CommandSpec spec) {
        String password;
        if (stdin || System.console() == null) {
            try {
                password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                throw new CliException("cannot read the password from standard input: " + e.getMessage());
            }
        } else {
            char[] typed = System.console().readPassword("Password: ");
            char[] again = System.console().readPassword("Again: ");
            if (typed == null || again == null || !String.valueOf(typed).equals(String.valueOf(again))) {
                throw new CliException("the two passwords differ");
            }
            password = String.valueOf(typed);
        }
        if (password == null || password.isEmpty()) {
            throw new CliException("no password given");
        }
        return password;
    }
}
