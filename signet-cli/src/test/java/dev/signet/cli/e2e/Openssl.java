package dev.signet.cli.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code openssl} command line, used exactly as the Salesforce JWT bearer tutorials use it:
 * to make the key pair and certificate, and to sign an assertion with {@code dgst -sha256 -sign}.
 * openssl is required, not optional: without it the tests fail with a message saying so.
 */
final class Openssl {
    /** Subject of the tutorial certificate. */
    static final String SUBJECT = "/C=US/ST=CA/L=SF/O=Acme/CN=acme-integration";

    private Openssl() {}

    /** Fails (not skips) with a clear message when openssl is not installed. */
    static void requireInstalled(Path workDir) {
        Processes.Result version;
        try {
            version = Processes.run(workDir, Processes.DEFAULT_TIMEOUT, List.of("openssl", "version"));
        } catch (IOException e) {
            throw new AssertionError("openssl is required by the end-to-end tests (they make keys and sign"
                    + " assertions with it, as the Salesforce tutorials do) but cannot be run: " + e.getMessage()
                    + ". Install it (e.g. apt-get install openssl) and run again.", e);
        }
        if (version.exitCode() != 0) {
            throw new AssertionError("'openssl version' failed:\n" + version);
        }
    }

    /**
     * The tutorial's four steps in {@code dir}: {@code server.pass.key} (des3-encrypted with
     * password {@code password}), {@code server.key}, {@code server.csr} and the self-signed
     * {@code server.crt}.
     */
    static void tutorialKeyPair(Path dir, String password) {
        run(dir, "genrsa", "-des3", "-passout", "pass:" + password, "-out", "server.pass.key", "2048");
        run(dir, "rsa", "-passin", "pass:" + password, "-in", "server.pass.key", "-out", "server.key");
        run(dir, "req", "-new", "-key", "server.key", "-out", "server.csr", "-subj", SUBJECT);
        run(dir, "x509", "-req", "-sha256", "-days", "365", "-in", "server.csr", "-signkey", "server.key", "-out",
                "server.crt");
    }

    /** {@code openssl genrsa -out NAME 2048}: an unencrypted key no app knows. */
    static Path genrsa(Path dir, String name) {
        run(dir, "genrsa", "-out", name, "2048");
        return dir.resolve(name);
    }

    /** {@code openssl dgst -sha256 -sign KEY}: the RS256 signature of {@code data}. */
    static byte[] signSha256(Path key, byte[] data) {
        try {
            Path dir = Files.createTempDirectory(key.toAbsolutePath().getParent(), "sign-");
            try {
                Path input = dir.resolve("unsigned.txt");
                Path signature = dir.resolve("signature.bin");
                Files.write(input, data);
                run(dir, "dgst", "-sha256", "-sign", key.toAbsolutePath().toString(), "-out", signature.toString(),
                        input.toString());
                return Files.readAllBytes(signature);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code openssl ARGS…} in {@code dir}; a non-zero exit fails the test. */
    static Processes.Result run(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(Arrays.asList(args));
        Processes.Result result;
        try {
            result = Processes.run(dir, Processes.DEFAULT_TIMEOUT, command);
        } catch (IOException e) {
            throw new AssertionError("openssl is required by the end-to-end tests but cannot be run: "
                    + e.getMessage(), e);
        }
        if (result.exitCode() != 0) {
            throw new AssertionError("openssl failed:\n" + result);
        }
        return result;
    }
}
