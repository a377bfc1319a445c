package dev.signet.cli.broker;

import dev.signet.cli.BrokerCommand;
import dev.signet.cli.TutorialKeystores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Org A's side of the tutorials' org-to-org story: a JKS made by {@code openssl pkcs12 -export}
 * and {@code keytool -importkeystore} (default alias {@code 1}, its own key password), imported
 * into a broker's key store with {@code signet broker keys import}, and the broker started from a
 * config file.
 */
final class BrokerFixture {
    static final String STORE_PASSWORD = "orgA-store-pass";
    static final String KEY_PASSWORD = "orgA-key-pass";
    static final String KEY_NAME = "orga_cert";
    static final String BILLING_KEY = "billing-api-key-7d1f";
    static final String REPORTS_KEY = "reports-api-key-93ab";

    final Path dir;
    final Path keystore;
    final Function<String, String> env;

    private BrokerFixture(Path dir, Path keystore, Function<String, String> env) {
        this.dir = dir;
        this.keystore = keystore;
        this.env = env;
    }

    /** Makes the keystore in {@code dir}; the callers' API keys and keystore passwords are in its environment. */
    static BrokerFixture in(Path dir) {
        Path keystore = TutorialKeystores.jks(dir, "orga", null, STORE_PASSWORD, KEY_PASSWORD);
        Map<String, String> env = Map.of("REPORTS_API_KEY", REPORTS_KEY, "SIGNET_STORE_PASSWORD", STORE_PASSWORD,
                "SIGNET_KEY_PASSWORD", KEY_PASSWORD);
        return new BrokerFixture(dir, keystore, env::get);
    }

    /** The PEM certificate of the keystore's key, to upload to org B's connected app. */
    byte[] certificate() {
        try {
            return Files.readAllBytes(dir.resolve("server.crt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path config() {
        return dir.resolve("broker.yaml");
    }

    /** Writes {@code broker.yaml}: two callers (billing may use {@code credentials}), then {@code more}. */
    void writeConfig(String billingCredentials, String more) {
        String yaml = String.join("\n",
                "port: 0",
                "callers:",
                "  - name: billing",
                "    apiKeySha256: " + sha256(BILLING_KEY),
                "    credentials: [" + billingCredentials + "]",
                "  - name: reports",
                "    apiKeyEnv: REPORTS_API_KEY",
                more,
                "");
        try {
            Files.writeString(config(), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code signet broker ARGS}, as the shell would run it. */
    Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BrokerCommand(env));
        cli.setExecutionExceptionHandler(new CommandLine.IExecutionExceptionHandler() {
            @Override
            public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
                cmd.getErr().println("error: " + ex.getMessage());
                return 1;
            }
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** {@code signet broker keys import} of the tutorial keystore: alias 1, passwords from the environment. */
    Run importKey() {
        return cli("keys", "import", "--config", config().toString(), "--name", KEY_NAME, "--key", keystore.toString(),
                "--key-alias", "1");
    }

    TokenBroker start() {
        return TokenBroker.start(BrokerConfig.load(config()), env, Clock.systemUTC());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Run(int exit, String out, String err) {}
}
