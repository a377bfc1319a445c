package dev.signet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.keys.KeyFiles;
import dev.signet.core.keys.SelfSignedKeyPair;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import dev.signet.server.admin.NewUser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code doctor} against the real server, with each of the common mistakes set up: wrong key for
 * the certificate, a skewed clock, an unknown user, the sandbox audience against production, an
 * app policy that does not pre-authorize the user.
 */
class DoctorCommandTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder()
            .config(b -> b.extraAudiences(List.of("https://login.salesforce.com"))).build();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(Clock clock, String... args) {
        CommandLine cli = new CommandLine(new DoctorCommand(Map.<String, String>of()::get, clock));
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** The good setup, with {@code overrides} (option, value pairs) replacing or adding options. */
    private int doctor(Clock clock, String... overrides) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("--login-url", server.baseUrl());
        options.put("--client-id", server.app().consumerKey());
        options.put("--username", server.user());
        options.put("--key", TestKeys.path(TestKeys.SERVER_KEY).toString());
        options.put("--cert", TestKeys.path(TestKeys.SERVER_CRT).toString());
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                options.remove(overrides[i]);
            } else {
                options.put(overrides[i], overrides[i + 1]);
            }
        }
        List<String> args = new ArrayList<>();
        options.forEach((name, value) -> args.addAll(Arrays.asList(name, value)));
        return run(clock, args.toArray(String[]::new));
    }

    private int doctor(String... overrides) {
        return doctor(Clock.systemUTC(), overrides);
    }

    @Test
    void doctorWhenSetupRightThenEveryCheckPassesAndNoToken() {
        int exit = doctor();

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("[PASS] key: server.key: 2048-bit RSA private key",
                "[PASS] key matches certificate: server.key is the key of server.crt (SHA-256 "
                        + TestKeys.SERVER_CRT_SHA256 + ")",
                "[PASS] certificate dates", "[PASS] clock", "[PASS] audience",
                "[PASS] token exchange: access token issued (not shown)", "6 pass");
        assertThat(out.toString()).doesNotContain("[FAIL]").doesNotContainPattern("00D\\w{12}!");
    }

    @Test
    void doctorWhenHttpsServerThenTlsCheckPassesWithCaCertAndFailsWithoutIt() {
        SelfSignedKeyPair tls = SelfSignedKeyPair.generateTls(List.of("localhost", "127.0.0.1"), 30, 2048,
                Clock.systemUTC());
        Path crt = dir.resolve("tls.crt");
        KeyFiles.writeCertificatePem(crt, tls.certificate());
        KeyFiles.writePrivateKeyPem(dir.resolve("tls.key"), tls.keyPair().getPrivate());
        try (TestServer https = TestServer.start(c -> c.tlsCert(crt).tlsKey(dir.resolve("tls.key")))) {
            String app = https.createApp().consumerKey();
            String user = https.createUser();

            int trusted = doctor("--login-url", https.baseUrl(), "--client-id", app, "--username", user,
                    "--ca-cert", crt.toString());
            String trustedOut = out.toString();
            out.getBuffer().setLength(0);
            int untrusted = doctor("--login-url", https.baseUrl(), "--client-id", app, "--username", user);

            assertThat(trusted).as(trustedOut).isZero();
            assertThat(trustedOut).contains("[PASS] TLS certificate: CN=localhost, issued by CN=localhost (chain of 1)",
                    "[PASS] token exchange");
            assertThat(untrusted).isEqualTo(1);
            assertThat(out.toString()).contains("[FAIL] TLS certificate: 127.0.0.1's certificate chain is not trusted",
                    "--ca-cert FILE");
        }
    }

    @Test
    void doctorWhenKeyDoesNotMatchCertificateThenBothChecksPinpointIt() {
        int exit = doctor("--key", TestKeys.path(TestKeys.OTHER_KEY).toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("[FAIL] key matches certificate: other.key is not the key of server.crt",
                "[FAIL] token exchange: invalid_grant: invalid assertion",
                "fix: the private key doesn't match the certificate");
    }

    @Test
    void doctorWhenLocalClockTenMinutesBehindThenClockAndExpiryPinpointed() {
        Clock behind = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));

        int exit = doctor(behind);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).containsPattern("\\[FAIL] clock: this machine's clock is (599|600|601) s behind"
                + " the server's")
                .contains("fix: synchronize the clock with NTP",
                        "[FAIL] token exchange: invalid_grant: expired authorization code",
                        "is in the past for the server: check the local clock");
    }

    @Test
    void doctorWhenUserUnknownThenExchangeHintSaysUserMissingOrNotApproved() {
        int exit = doctor("--username", "nobody@signet.test");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("[FAIL] token exchange: invalid_grant: user hasn't approved this consumer",
                "the user nobody@signet.test doesn't exist in the org");
    }

    @Test
    void doctorWhenSandboxAudienceAgainstProductionServerThenAudienceMistakeNamed() {
        int exit = doctor("--audience", "https://test.salesforce.com");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("[WARN] audience: aud https://test.salesforce.com differs from the login URL",
                "[FAIL] token exchange: invalid_grant: audience is invalid",
                "fix: aud is the sandbox audience (https://test.salesforce.com) but this server did not accept it: for a"
                        + " production or Developer Edition org use https://login.salesforce.com");
    }

    @Test
    void doctorWhenAppPolicyDoesNotPreAuthorizeUserThenAppAccessHint() {
        String outsider = "outsider-" + UUID.randomUUID() + "@signet.test";
        server.server().admin().createUser(new NewUser(outsider, null, "Out", "Sider", "Other Profile", Set.of()));

        int exit = doctor("--username", outsider);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains(
                "[FAIL] token exchange: invalid_app_access: user is not admin approved to access this app",
                "Admin approved users are pre-authorized", "Manage Profiles");
    }

    @Test
    void doctorWhenKeyTooSmallThenKeyFailsAndExchangeSkipped() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        Path weak = dir.resolve("weak.key");
        KeyFiles.writePrivateKeyPem(weak, generator.generateKeyPair().getPrivate());

        int exit = doctor("--key", weak.toString(), "--cert", null);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("[FAIL] key: weak.key is a 1024-bit RSA key; RS256 needs at least 2048",
                "[SKIP] key matches certificate: no --cert given", "[SKIP] token exchange: no usable key");
    }

    @Test
    void doctorWhenKeyFileMissingThenKeyFailsWithFix() {
        int exit = doctor("--key", dir.resolve("absent.key").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("[FAIL] key: file not found", "fix: check the path and the password");
    }

    @Test
    void doctorWhenCertificateExpiredThenWarnsThatSalesforceDoesNotCheckIt() throws Exception {
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofDays(400)), ZoneOffset.UTC);
        SelfSignedKeyPair old = SelfSignedKeyPair.generate("expired", 30, 2048, past);
        Path key = dir.resolve("old.key");
        Path cert = dir.resolve("old.crt");
        KeyFiles.writePrivateKeyPem(key, old.keyPair().getPrivate());
        KeyFiles.writeCertificatePem(cert, old.certificate());

        doctor("--key", key.toString(), "--cert", cert.toString());

        assertThat(out.toString()).contains("[PASS] key matches certificate: old.key is the key of old.crt",
                "[WARN] certificate dates: expired on", "Salesforce does not check certificate dates");
        assertThat(Files.exists(cert)).isTrue();
    }

    @Test
    void audienceWhenProductionAndSandboxMixedUpThenFailsWithTheRightOne() {
        assertThat(DoctorCommand.audience("https://test.salesforce.com/", "https://login.salesforce.com"))
                .isEqualTo(new DoctorCommand.Result(DoctorCommand.Status.FAIL, "audience",
                        "aud https://login.salesforce.com is the production audience, but https://test.salesforce.com"
                                + " is a sandbox login URL",
                                        "use --audience https://test.salesforce.com (or leave it out)"));
        assertThat(DoctorCommand.audience("https://acme--dev.sandbox.my.salesforce.com", "https://login.salesforce.com")
                .status()).isEqualTo(DoctorCommand.Status.FAIL);
        assertThat(DoctorCommand.audience("https://acme.my.salesforce.com", "https://test.salesforce.com").fix())
                .isEqualTo("use --audience https://login.salesforce.com (or leave it out)");
    }

    @Test
    void audienceWhenLoginUrlOrMyDomainWithProductionAudThenPasses() {
        assertThat(DoctorCommand.audience("https://login.salesforce.com/", null).status())
                .isEqualTo(DoctorCommand.Status.PASS);
        assertThat(DoctorCommand.audience("https://acme.my.salesforce.com", "https://login.salesforce.com").status())
                .isEqualTo(DoctorCommand.Status.PASS);
        assertThat(DoctorCommand.audience("https://login.salesforce.com", "login.salesforce.com").status())
                .isEqualTo(DoctorCommand.Status.FAIL);
    }

    @Test
    void doctorWhenRequiredOptionMissingThenUsageError() {
        int exit = run(Clock.systemUTC(), "--login-url", server.baseUrl(), "--username", server.user(), "--key", "k");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--client-id=KEY'");
    }
}
