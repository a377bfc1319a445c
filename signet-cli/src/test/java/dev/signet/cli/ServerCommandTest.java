package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServerCommandTest {
    @TempDir
    Path data;

    @Test
    void serverWhenCacheMaxAgeNegativeThenSaysWhatIsAllowedAndStartsNothing() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("server", "--port", "0", "--data", data.toString(), "--cache-max-age", "-1");
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--cache-max-age must be 0 or more seconds");
        assertThat(data.resolve("server.json")).doesNotExist();
    }

    @Test
    void serverWhenParsedAloneThenSameHelpAndErrorsAsInTheWholeCommandLine() {
        for (String[] args : new String[][] {{"server", "--help"}, {"server", "--no-such-flag"}, {"--version"}}) {
            assertThat(run(Main.commandLineFor(args), args)).as(String.join(" ", args))
                    .isEqualTo(run(Main.newCommandLine(), args));
        }
    }

    private static String run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        return cli.execute(args) + ": " + out;
    }

    @Test
    void serverWhenPortTakenThenSuggestsAnotherPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String err = failedStart("--port", Integer.toString(taken.getLocalPort()));

            assertThat(err).contains("cannot start the server").contains("is port " + taken.getLocalPort() + " in use?");
        }
    }

    @Test
    void serverWhenFailureIsNotPortThenShowsRealCauseWithoutPortHint() {
        String err = failedStart("--port", "8080", "--db-url", "jdbc:postgresql://127.0.0.1:1/nothing", "--db-user", "u");

        assertThat(err).contains("cannot start the server").doesNotContain("in use");
    }

    private String failedStart(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 3];
        all[0] = "server";
        all[1] = "--data";
        all[2] = data.toString();
        System.arraycopy(args, 0, all, 3, args.length);

        assertThat(cli.execute(all)).isNotZero();
        return err.toString();
    }
}
