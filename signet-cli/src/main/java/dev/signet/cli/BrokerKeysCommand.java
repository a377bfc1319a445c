package dev.signet.cli;

import dev.signet.cli.broker.BrokerConfig;
import dev.signet.cli.broker.keys.BrokerKeyStore;
import dev.signet.cli.broker.keys.StoredKey;
import dev.signet.core.keys.CertificateLoader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code signet broker keys import|list|remove}: the broker's "Certificate and Key Management".
 * Keys are sealed (AES-GCM) with a master key that the key store creates owner-only beside them;
 * no command prints a private key.
 */
@Command(
        name = "keys",
        mixinStandardHelpOptions = true,
        description = "Import, list and remove the keys the broker signs assertions with (stored encrypted in the"
                + " config's keyStore directory; never printed).",
        subcommands = {BrokerKeysCommand.Import.class, BrokerKeysCommand.ListKeys.class, BrokerKeysCommand.Remove.class})
final class BrokerKeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @ParentCommand
    BrokerCommand broker;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The key store of {@code --config}, for each subcommand. */
    static final class Store {
        @Option(names = "--config", required = true, paramLabel = "FILE",
                description = "The broker configuration; its keyStore (default broker-keys beside it) holds the keys.")
        Path config;

        BrokerKeyStore open() {
            try {
                return BrokerKeyStore.at(BrokerConfig.keyStoreOf(config));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new CliException(e.getMessage());
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a key: a PKCS#12 or JKS keystore entry (the openssl pkcs12 -export + keytool"
                    + " -importkeystore of the tutorials), or a PEM key with --cert.",
            footer = {"", "Examples:",
                "  signet broker keys import --config broker.yaml --name orga_cert --key abc.jks --key-alias 1 \\",
                "      --store-password --key-password",
                "  signet broker keys import --config broker.yaml --name orga_cert --key server.key --cert server.crt"})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Store store;
        @Option(names = "--name", required = true, paramLabel = "NAME",
                description = "The name named credentials use for it (signingKey).")
        String name;
        @Mixin
        KeyOptions key;
        @Option(names = "--cert", paramLabel = "FILE", description = "The certificate of a PEM or DER key"
                + " (keystores carry theirs).")
        Path cert;
        @Option(names = "--replace", description = "Replace a key of the same name.")
        boolean replace;

        @ParentCommand
        BrokerKeysCommand keys;

        @Override
        public Integer call() {
            Function<String, String> env = keys == null || keys.broker == null ? System::getenv : keys.broker.env();
            try {
                PrivateKey privateKey = key.load(env);
                List<X509Certificate> chain = cert != null ? List.of(CertificateLoader.load(cert))
                        : key.certificateChain(env);
                StoredKey stored = store.open().importKey(name, privateKey, chain, replace);
                PrintWriter out = spec.commandLine().getOut();
                out.println("imported " + stored.name() + ": " + stored.subject() + ", SHA-256 " + stored.fingerprint()
                        + ", expires " + stored.expires());
                warn(out, stored);
                return 0;
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new CliException(e.getMessage());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the keys: name, certificate subject, SHA-256 fingerprint and expiry, with a warning"
                    + " for a certificate that expires within 30 days.")
    static final class ListKeys implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Store store;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<StoredKey> keys = store.open().list();
            if (keys.isEmpty()) {
                out.println("no keys (import one with: signet broker keys import)");
                return 0;
            }
            String row = "%-20s %-20s %-40s %s%n";
            out.printf(row, "NAME", "EXPIRES", "SUBJECT", "SHA-256");
            keys.forEach(k -> out.printf(row, k.name(), k.expires(), k.subject(), k.fingerprint()));
            keys.forEach(k -> warn(out, k));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a key.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Store store;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The key to remove.")
        String name;

        @Override
        public Integer call() {
            try {
                if (!store.open().remove(name)) {
                    throw new CliException("no key named '" + name + "'");
                }
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
            spec.commandLine().getOut().println("removed " + name);
            return 0;
        }
    }

    private static void warn(PrintWriter out, StoredKey key) {
        String warning = key.expiryWarning(Clock.systemUTC().instant());
        if (warning != null) {
            out.println("warning: " + warning);
        }
    }
}
