package dev.signet.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped jar knows its version (the shaded manifest carries it). */
class VersionIT {
    @TempDir
    Path dir;

    @Test
    void versionWhenAskedThenProjectVersion() {
        Processes.Result result = ServerProcess.signet(dir, "--version");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.firstLine()).isEqualTo("signet " + System.getProperty("signet.version"));
    }
}
