package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.SignetServerExtension;
import dev.signet.server.model.ConnectedApp;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --key-alias}, {@code --store-password} and {@code --key-password} with JKS keystores made
 * by the tutorials' {@code openssl pkcs12 -export} + {@code keytool -importkeystore}: a named alias
 * with its own key password, and the default alias {@code 1}; for token, api and doctor alike.
 */
class KeyStoreOptionsTest {
    private static final String STORE_PASSWORD = "store-pass-1";
    private static final String KEY_PASSWORD = "key-pass-2";
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();
    @TempDir
    static Path named;
    @TempDir
    static Path unnamed;
    private static Path namedJks;
    private static Path defaultAliasJks;
    private static ConnectedApp namedApp;
    private static ConnectedApp defaultAliasApp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void keystores() throws Exception {
        namedJks = TutorialKeystores.jks(named, "orga", "orga_cert", STORE_PASSWORD, KEY_PASSWORD);
        defaultAliasJks = TutorialKeystores.jks(unnamed, "abc", null, STORE_PASSWORD, KEY_PASSWORD);
        byte[] namedCert = Files.readAllBytes(named.resolve("server.crt"));
        byte[] defaultAliasCert = Files.readAllBytes(unnamed.resolve("server.crt"));
        namedApp = server.createApp(app -> app.toBuilder().certificate(namedCert).build());
        defaultAliasApp = server.createApp(app -> app.toBuilder().certificate(defaultAliasCert).build());
    }

    private int run(Callable<Integer> command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String[] login(ConnectedApp app, Path keystore, String... more) {
        List<String> args = new ArrayList<>(List.of("--login-url", server.baseUrl(), "--client-id", app.consumerKey(),
                "--username", server.user(), "--key", keystore.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void keytoolWhenListedThenNamedAliasAndDefaultAliasOne() {
        assertThat(TutorialKeystores.list(namedJks, STORE_PASSWORD)).contains("orga_cert,");
        assertThat(TutorialKeystores.list(defaultAliasJks, STORE_PASSWORD)).contains("1,");
    }

    @Test
    void tokenWhenJksWithNamedAliasAndOwnKeyPasswordThenToken() {
        int exit = run(new TokenCommand(Map.<String, String>of()::get), login(namedApp, namedJks, "--key-alias",
                "orga_cert", "--store-password", STORE_PASSWORD, "--key-password", KEY_PASSWORD));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("instance_url  " + server.baseUrl());
    }

    @Test
    void tokenWhenDefaultAliasOneAndPasswordsFromEnvironmentThenToken() {
        Map<String, String> env = Map.of("SIGNET_STORE_PASSWORD", STORE_PASSWORD, "SIGNET_KEY_PASSWORD", KEY_PASSWORD);

        int exit = run(new TokenCommand(env::get), login(defaultAliasApp, defaultAliasJks, "--key-alias", "1"));

        assertThat(exit).as(err.toString()).isZero();
    }

    @Test
    void tokenWhenNoAliasThenOnlyKeyEntryUsed() {
        int exit = run(new TokenCommand(Map.<String, String>of()::get), login(defaultAliasApp, defaultAliasJks,
                "--store-password", STORE_PASSWORD, "--key-password", KEY_PASSWORD));

        assertThat(exit).as(err.toString()).isZero();
    }

    @Test
    void tokenWhenKeyPasswordMissingThenSaysWhichAliasWantsIt() {
        int exit = run(new TokenCommand(Map.<String, String>of()::get), login(namedApp, namedJks, "--key-alias",
                "orga_cert", "--store-password", STORE_PASSWORD));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("wrong key password for alias 'orga_cert'")
                .doesNotContain(STORE_PASSWORD);
    }

    @Test
    void tokenWhenUnknownAliasThenListsTheAliases() {
        int exit = run(new TokenCommand(Map.<String, String>of()::get), login(namedApp, namedJks, "--key-alias", "1",
                "--store-password", STORE_PASSWORD, "--key-password", KEY_PASSWORD));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("alias '1' not found", "orga_cert");
    }

    @Test
    void apiWhenJksOptionsThenCallsTheOrg() {
        int exit = run(new ApiCommand(Map.<String, String>of()::get, () -> null, Clock.systemUTC()),
                login(namedApp, namedJks, "--key-alias", "orga_cert", "--store-password", STORE_PASSWORD,
                        "--key-password", KEY_PASSWORD, "--no-token-cache", "GET", "sobjects"));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"sobjects\"");
    }

    @Test
    void doctorWhenJksOptionsThenKeyCheckPasses() {
        run(new DoctorCommand(Map.<String, String>of()::get, Clock.systemUTC()), login(namedApp, namedJks,
                "--key-alias", "orga_cert", "--store-password", STORE_PASSWORD, "--key-password", KEY_PASSWORD));

        assertThat(out.toString()).contains("orga.jks alias orga_cert: 2048-bit RSA private key");
    }

    @Test
    void tokenWhenKeyEnvWithAliasThenUsageMessage() {
        int exit = run(new TokenCommand(Map.of("PEM", "x")::get), "--login-url", server.baseUrl(), "--client-id",
                "k", "--username", "u@x.test", "--key-env", "PEM", "--key-alias", "1");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("--key-alias and --store-password are for keystore files");
    }
}
