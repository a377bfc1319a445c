package dev.signet.cli;

import dev.signet.core.keys.CertificateLoader;
import dev.signet.core.keys.KeyFiles;
import dev.signet.core.keys.SelfSignedKeyPair;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./signet keygen}: an RSA key and a self-signed certificate for a connected app, in place
 * of the {@code openssl genrsa}/{@code req}/{@code x509} and {@code keytool} steps of the
 * Salesforce JWT bearer tutorials. Never prints the key.
 */
@Command(
        name = "keygen",
        mixinStandardHelpOptions = true,
        description = {
            "Generate an RSA private key and a self-signed certificate for a connected app.",
            "Replaces the openssl genrsa / req / x509 (and keytool) steps of the Salesforce JWT bearer tutorials.",
            "Writes DIR/server.key (PKCS#8 PEM, owner-only), DIR/server.crt and, with --p12-password,"
                    + " DIR/server.p12 (alias signet).",
            "With --tls: a development HTTPS certificate for ./signet server instead, DIR/tls.key and DIR/tls.crt,"
                    + " for the --host names."
        },
        footer = {"%nExamples:",
            "  ./signet keygen --out keys                        # a connected app's key and certificate",
            "  ./signet keygen --out tls --tls --host localhost  # then: ./signet server --tls-cert tls/tls.crt"
                    + " --tls-key tls/tls.key"})
final class KeygenCommand implements Callable<Integer> {
    static final String P12_ALIAS = "signet";

    @Spec
    CommandSpec spec;

    /** The clock for the certificate's validity; replaced in tests. */
    Clock clock = Clock.systemUTC();

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Directory to write to (created if missing).")
    Path out;

    @Option(names = "--cn", paramLabel = "NAME", defaultValue = "signet",
            description = "Certificate common name (default: ${DEFAULT-VALUE}).")
    String commonName;

    @Option(names = "--days", paramLabel = "N", defaultValue = "365",
            description = "Days the certificate is valid (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--bits", paramLabel = "BITS", defaultValue = "2048",
            description = "RSA key size, at least 2048 (default: ${DEFAULT-VALUE}).")
    int bits;

    @Option(names = "--p12-password", paramLabel = "P", arity = "0..1", interactive = true,
            description = "Also write DIR/server.p12 protected by this password (prompted for if no value is given).")
    char[] p12Password;

    @Option(names = "--force", description = "Overwrite existing files.")
    boolean force;

    @Option(names = "--tls", description = "Make a development HTTPS certificate (tls.key, tls.crt) for --host.")
    boolean tls;

    @Option(names = "--host", paramLabel = "NAME",
            description = "With --tls: a host name or IP address the certificate is for (repeatable; default: "
                    + "localhost, 127.0.0.1 and ::1).")
    List<String> hosts = new ArrayList<>();

    @Override
    public Integer call() {
        validate();
        String stem = tls ? "tls" : "server";
        Path key = out.resolve(stem + ".key");
        Path crt = out.resolve(stem + ".crt");
        Path p12 = p12Password == null ? null : out.resolve(stem + ".p12");
        prepareDirectory(p12 == null ? List.of(key, crt) : List.of(key, crt, p12));

        SelfSignedKeyPair pair = tls ? SelfSignedKeyPair.generateTls(tlsHosts(), days, bits, clock)
                : SelfSignedKeyPair.generate(commonName, days, bits, clock);
        KeyFiles.writePrivateKeyPem(key, pair.keyPair().getPrivate());
        KeyFiles.writeCertificatePem(crt, pair.certificate());
        if (p12 != null) {
            KeyFiles.writePkcs12(p12, pair.keyPair().getPrivate(), pair.certificate(), P12_ALIAS, p12Password);
            Arrays.fill(p12Password, '\0');
        }
        report(key, crt, p12, pair.certificate());
        return 0;
    }

    // localhost's usual names when none are given; the loopback addresses with a bare localhost.
    private List<String> tlsHosts() {
        if (hosts.isEmpty() || hosts.equals(List.of("localhost"))) {
            return List.of("localhost", "127.0.0.1", "::1");
        }
        return hosts;
    }

    private void validate() {
        if (!hosts.isEmpty() && !tls) {
            throw new CliException("--host goes with --tls", 2);
        }
        if (bits < SelfSignedKeyPair.MIN_RSA_BITS) {
            throw new CliException("--bits must be at least " + SelfSignedKeyPair.MIN_RSA_BITS
                    + " (Salesforce and RFC 7518 need RSA keys of 2048 bits or more)", 2);
        }
        if (days < 1) {
            throw new CliException("--days must be at least 1", 2);
        }
        if (commonName.isBlank()) {
            throw new CliException("--cn must not be blank", 2);
        }
        if (p12Password != null && p12Password.length == 0) {
            throw new CliException("--p12-password must not be empty", 2);
        }
    }

    private void prepareDirectory(List<Path> targets) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CliException(out + " is a file; --out takes a directory");
        }
        List<String> existing = new ArrayList<>();
        for (Path target : targets) {
            if (Files.exists(target)) {
                existing.add(target.toString());
            }
        }
        if (!existing.isEmpty() && !force) {
            throw new CliException(String.join(", ", existing) + (existing.size() == 1 ? " already exists" : " already exist")
                    + "; pass --force to overwrite"
                    + " (apps that trust the old certificate will reject the new key)");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new CliException("cannot create " + out + ": " + e.getMessage());
        }
    }

    private void report(Path key, Path crt, Path p12, X509Certificate certificate) {
        PrintWriter w = spec.commandLine().getOut();
        w.println("Wrote:");
        w.println("  private key  " + key + "  (PKCS#8 PEM, owner-only: keep it secret)");
        w.println("  certificate  " + crt);
        if (p12 != null) {
            w.println("  keystore     " + p12 + "  (PKCS#12, alias " + P12_ALIAS + ")");
        }
        w.println("Certificate:");
        w.println("  subject      " + certificate.getSubjectX500Principal().getName());
        w.println("  sha256       " + CertificateLoader.sha256Fingerprint(certificate));
        w.println("  valid from   " + certificate.getNotBefore().toInstant());
        w.println("  valid until  " + certificate.getNotAfter().toInstant());
        w.println();
        if (tls) {
            w.println("Next: serve HTTPS with it, and trust it in clients (it is its own CA):");
            w.println("  ./signet server --tls-cert " + crt + " --tls-key " + key);
            w.println("  curl --cacert " + crt + " https://localhost:8080/health/ready");
            w.flush();
            return;
        }
        w.println("Next: upload " + crt.getFileName() + " to the connected app (Salesforce: \"Use digital signatures\"):");
        w.println("  ./signet admin app create --name NAME --cert " + crt);
        w.flush();
    }
}
