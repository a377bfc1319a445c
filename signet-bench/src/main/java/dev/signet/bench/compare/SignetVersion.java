package dev.signet.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** {@code java -jar signet-cli.jar --version}, first line. */
final class SignetVersion {
    private SignetVersion() {}

    static String of(java.nio.file.Path jar) {
        try {
            Process p = new ProcessBuilder(TargetFactory.javaBin(), "-jar", jar.toString(), "--version")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(30, TimeUnit.SECONDS);
            return out.isEmpty() ? "unknown" : out.lines().findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
