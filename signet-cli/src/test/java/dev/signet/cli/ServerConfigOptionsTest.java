package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code signet server --config FILE} and {@code --print-config}: layered settings, shown without starting. */
class ServerConfigOptionsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printConfigWhenFileEnvAndFlagsGivenThenShowsEffectiveValuesAndOriginsAndStartsNothing() throws IOException {
        Path data = dir.resolve("data");
        Path file = write("signet.yaml", "http:\n  port: 9001\n  host: 0.0.0.0\nsecurity:\n  clock-skew: 5m\n"
                + "storage.data-dir: " + data + "\n");
        Map<String, String> env = Map.of("SIGNET_HTTP_PORT", "9002", "SIGNET_ADMIN_SECRET", "env-s3cret");

        int exit = run(env, "--config", file.toString(), "--port", "9003", "--clock-skew", "30",
                "--db-password", "flag-s3cret", "--print-config");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .containsPattern("http.port +9003 +flag --port")
                .containsPattern("http.host +0.0.0.0 +file " + file)
                .containsPattern("security.clock-skew +30s +flag --clock-skew")
                .containsPattern("security.admin-secret +<redacted> +env SIGNET_ADMIN_SECRET")
                .containsPattern("storage.db-password +<redacted> +flag --db-password")
                .containsPattern("cache.max-age +2s +default")
                .doesNotContain("env-s3cret", "flag-s3cret");
        assertThat(data).doesNotExist();
    }

    @Test
    void serverWhenConfigFileMissingThenOneLineErrorNamingTheFile() {
        Path missing = dir.resolve("missing.yaml");

        int exit = run(Map.of(), "--config", missing.toString(), "--print-config");

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("config file not found: " + missing).doesNotContain("Exception");
    }

    @Test
    void serverWhenConfigFileHasUnknownKeyThenNamesKeyAndFile() throws IOException {
        Path file = write("bad.yaml", "cache:\n  max-agee: 5s\n");

        int exit = run(Map.of(), "--config", file.toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains(file + ": unknown key 'cache.max-agee'");
    }

    @Test
    void serverWhenClockSkewNegativeThenSaysWhatIsAllowed() {
        int exit = run(Map.of(), "--clock-skew", "-5", "--print-config");

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--clock-skew must be 0 or more seconds");
    }

    @Test
    void helpWhenAskedThenShowsConfigOptionsDefaultsAndExamples() {
        int exit = run(Map.of(), "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--config=FILE", "--print-config", "--clock-skew=SECONDS",
                "(default: 180)", "(default: 2)", "(default: 8080)", "./signet server --config signet.yaml");
    }

    private int run(Map<String, String> env, String... args) {
        CommandLine cli = new CommandLine(new ServerCommand(env::get));
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
