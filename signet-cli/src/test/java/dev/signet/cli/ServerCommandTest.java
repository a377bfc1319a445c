package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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
}
