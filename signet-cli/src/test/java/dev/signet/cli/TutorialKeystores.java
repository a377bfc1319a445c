package dev.signet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keystores made exactly as the Salesforce org-to-org tutorials make them, with the real
 * {@code openssl} and {@code keytool}: a key and a self-signed certificate, {@code openssl pkcs12
 * -export}, then {@code keytool -importkeystore} into a JKS, whose key entry gets its own password.
 * Without {@code -name} the entry's alias is {@code 1} ("default alias is 1").
 */
public final class TutorialKeystores {
    private TutorialKeystores() {}

    /**
     * Makes {@code server.key}, {@code server.crt}, {@code server.p12} and {@code NAME.jks} in
     * {@code dir}; returns the JKS.
     *
     * @param alias the {@code -name} of the PKCS#12 entry, or {@code null} for openssl's default ({@code 1})
     */
    public static Path jks(Path dir, String name, String alias, String storePassword, String keyPassword) {
        run(dir, "openssl", "genrsa", "-out", "server.key", "2048");
        run(dir, "openssl", "req", "-new", "-x509", "-sha256", "-days", "365", "-key", "server.key", "-out",
                "server.crt", "-subj", "/C=US/ST=CA/L=SF/O=Acme/CN=" + name);
        List<String> export = new ArrayList<>(List.of("openssl", "pkcs12", "-export", "-in", "server.crt",
                "-inkey", "server.key", "-out", "server.p12", "-passout", "pass:" + storePassword));
        if (alias != null) {
            export.addAll(List.of("-name", alias));
        }
        run(dir, export.toArray(String[]::new));
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(dir, keytool, "-importkeystore", "-noprompt", "-srckeystore", "server.p12", "-srcstoretype", "pkcs12",
                "-srcstorepass", storePassword, "-destkeystore", name + ".jks", "-deststoretype", "JKS",
                "-deststorepass", storePassword, "-srcalias", alias == null ? "1" : alias,
                "-destkeypass", keyPassword);
        return dir.resolve(name + ".jks");
    }

    /** {@code keytool -list}: the entries of a keystore, as keytool prints them. */
    public static String list(Path keystore, String storePassword) {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        return run(keystore.toAbsolutePath().getParent(), keytool, "-list", "-keystore", keystore.toString(),
                "-storepass", storePassword);
    }

    /** Runs a command in {@code dir}; a non-zero exit or a missing program fails the test. */
    public static String run(Path dir, String... command) {
        try {
            Path out = Files.createTempFile(dir, "cmd-", ".out");
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("did not finish in 60 s: " + command[0]);
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            Files.delete(out);
            if (process.exitValue() != 0) {
                throw new AssertionError(Path.of(command[0]).getFileName() + " " + command[1] + " failed ("
                        + process.exitValue() + "):\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is required by this test (install openssl and a JDK with"
                    + " keytool): " + e.getMessage() + " " + Arrays.toString(command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
