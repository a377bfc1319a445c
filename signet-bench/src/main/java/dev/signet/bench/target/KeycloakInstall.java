package dev.signet.bench.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An unpacked {@code keycloak-quarkus-dist}: its version, its one-time {@code kc.sh build} with
 * the build options the bench needs, and a fresh data directory per run.
 */
record KeycloakInstall(Path home, Path javaHome) {
    /** Build-time options: the JWT Authorization Grant (preview) and a local cache (no cluster traffic). */
    static final List<String> BUILD_OPTIONS = List.of("--features=jwt-authorization-grant", "--cache=local",
            "--db=dev-file");

    String version() {
        try {
            String text = Files.readString(home.resolve("version.txt"), StandardCharsets.UTF_8).trim();
            return text.replaceFirst("(?i)^keycloak\\W*(version\\W*)?", "");
        } catch (IOException e) {
            return home.getFileName().toString().replace("keycloak-", "");
        }
    }

    /** Runs {@code kc.sh build} unless the last build used the same options. */
    void ensureBuilt(Path log) {
        Path marker = home.resolve(".signet-bench-build");
        String wanted = String.join(" ", BUILD_OPTIONS);
        try {
            if (Files.exists(marker) && Files.readString(marker).equals(wanted)) {
                return;
            }
            ProcessBuilder build = new ProcessBuilder(Stream.concat(Stream.of(home.resolve("bin/kc.sh").toString(),
                    "build"), BUILD_OPTIONS.stream()).toList()).redirectErrorStream(true).redirectOutput(log.toFile());
            build.environment().putAll(env());
            Process p = build.start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("kc.sh build failed; see " + log);
            }
            Files.writeString(marker, wanted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build Keycloak in " + home, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building Keycloak", e);
        }
    }

    /** Deletes the dev-file database so every run starts from an empty server. */
    void resetData() {
        Path data = home.resolve("data");
        if (!Files.exists(data)) {
            return;
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + data, e);
        }
    }

    Map<String, String> env() {
        return Map.of("JAVA_HOME", javaHome.toString(), "PATH", javaHome.resolve("bin") + ":" + System.getenv("PATH"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", KeycloakTarget.ADMIN, "KC_BOOTSTRAP_ADMIN_PASSWORD", KeycloakTarget.ADMIN_PASSWORD);
    }
}
