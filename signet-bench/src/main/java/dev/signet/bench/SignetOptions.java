package dev.signet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code compare}'s options for the Signet server processes it starts. */
final class SignetOptions {
    @Option(names = "--signet-jar", defaultValue = "signet-cli/target/signet-cli.jar")
    Path jar;

    @Option(names = "--signet-java-opts", defaultValue = "${env:SIGNET_JAVA_OPTS:-}",
            description = {"JVM options for the Signet server processes (default: $SIGNET_JAVA_OPTS, else",
                "signet-cli/jvm.options: what ./signet runs the server with)."})
    String javaOpts;

    @Option(names = "--signet-h2-url-options", defaultValue = "",
            description = "Experiments: settings appended to Signet's embedded H2 URL, e.g. QUERY_CACHE_SIZE=64.")
    String h2UrlOptions;

    @Option(names = "--jfr", description = "Record the Signet servers with JFR (settings=profile); print hot spots per scenario.")
    boolean jfr;

    /** {@code --signet-java-opts}, else the launcher's jvm.options without comment lines. */
    List<String> jvmArgs() throws IOException {
        String opts = javaOpts;
        if (opts == null || opts.isBlank()) {
            Path launcherOptions = Path.of("signet-cli", "jvm.options");
            opts = Files.exists(launcherOptions) ? Files.readAllLines(launcherOptions).stream()
                    .filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + " " + b) : "";
        }
        return opts.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(opts.trim().split("\\s+")));
    }
}
