package dev.signet.cli.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.cli.TutorialKeystores;
import dev.signet.cli.broker.keys.BrokerKeyStore;
import dev.signet.core.keys.KeyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code signet broker keys import|list|remove} with keys made by openssl and keytool, and what
 * lands on disk: sealed keys, an owner-only master key, nothing printed.
 */
class BrokerKeysTest {
    @TempDir
    Path dir;
    private BrokerFixture orgA;
    private BrokerKeyStore store;

    @BeforeEach
    void setUp() {
        orgA = BrokerFixture.in(dir);
        orgA.writeConfig("", "loginUrl: https://login.salesforce.com\nclientId: k\nkeyEnv: PEM\nsubjects: [u@x.test]");
        store = BrokerKeyStore.at(dir.resolve("broker-keys"));
    }

    private BrokerFixture.Run keys(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "keys";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--config";
        all[args.length + 2] = orgA.config().toString();
        return orgA.cli(all);
    }

    private static String opensslFingerprint(Path dir, String cert) {
        String out = TutorialKeystores.run(dir, "openssl", "x509", "-in", cert, "-noout", "-fingerprint", "-sha256");
        return out.substring(out.indexOf('=') + 1).trim();
    }

    @Test
    void importWhenTutorialJksWithAliasOneThenSealedAndListed() throws Exception {
        BrokerFixture.Run imported = orgA.importKey();
        BrokerFixture.Run listed = keys("list");

        assertThat(imported.exit()).as(imported.err()).isZero();
        String fingerprint = opensslFingerprint(dir, "server.crt");
        assertThat(imported.out()).contains("imported orga_cert: CN=orga", fingerprint);
        assertThat(listed.out()).contains("NAME", "SUBJECT", "SHA-256", "EXPIRES").contains("orga_cert", fingerprint);
        PrivateKey original = KeyLoader.loadPrivateKey(dir.resolve("server.key"), null);
        assertThat(store.privateKey(BrokerFixture.KEY_NAME)).isEqualTo(original);
        String onDisk = Files.readString(dir.resolve("broker-keys/orga_cert.key.json"));
        assertThat(onDisk).doesNotContain(Base64.getEncoder().encodeToString(original.getEncoded()).substring(0, 40))
                .doesNotContain("PRIVATE KEY");
        assertThat(imported.out() + listed.out()).doesNotContain("PRIVATE KEY", BrokerFixture.KEY_PASSWORD,
                BrokerFixture.STORE_PASSWORD);
    }

    @Test
    void importWhenFirstTimeThenOwnerOnlyKeyStoreAndMasterKey() throws Exception {
        orgA.importKey();

        Path keyStore = dir.resolve("broker-keys");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyStore))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyStore.resolve("master.key"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                keyStore.resolve("orga_cert.key.json")))).isEqualTo("rw-------");
        assertThat(Files.size(keyStore.resolve("master.key"))).isEqualTo(32);
    }

    @Test
    void privateKeyWhenSealedFileCopiedUnderAnotherNameThenDoesNotOpen() throws Exception {
        orgA.importKey();
        Path keyStore = dir.resolve("broker-keys");
        Files.copy(keyStore.resolve("orga_cert.key.json"), keyStore.resolve("stolen.key.json"));

        assertThatThrownBy(() -> store.privateKey("stolen")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open");
    }

    @Test
    void privateKeyWhenMasterKeyReadableByOthersThenRefused() throws Exception {
        orgA.importKey();
        Files.setPosixFilePermissions(dir.resolve("broker-keys/master.key"), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> store.privateKey(BrokerFixture.KEY_NAME)).hasMessageContaining("chmod 600");
    }

    @Test
    void importWhenPemKeyAndCertificateThenListed() {
        BrokerFixture.Run run = keys("import", "--name", "pem_cert", "--key", dir.resolve("server.key").toString(),
                "--cert", dir.resolve("server.crt").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(keys("list").out()).contains("pem_cert");
    }

    @Test
    void importWhenPemKeyWithoutCertificateThenSaysGiveCert() {
        BrokerFixture.Run run = keys("import", "--name", "pem_cert", "--key", dir.resolve("server.key").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("give its certificate with --cert");
    }

    @Test
    void importWhenKeyIsNotTheCertificatesThenRefused() {
        TutorialKeystores.run(dir, "openssl", "genrsa", "-out", "other.key", "2048");

        BrokerFixture.Run run = keys("import", "--name", "mixed", "--key", dir.resolve("other.key").toString(),
                "--cert", dir.resolve("server.crt").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("not the key of the certificate");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void importWhenNameTakenThenRefusedUnlessReplace() {
        orgA.importKey();

        assertThat(orgA.importKey().err()).contains("exists", "--replace");
        assertThat(keys("import", "--name", BrokerFixture.KEY_NAME, "--key", orgA.keystore.toString(), "--replace")
                .exit()).isZero();
    }

    @Test
    void importWhenWrongKeyPasswordThenNamesAliasAndStoresNothing() {
        BrokerFixture.Run run = keys("import", "--name", "x", "--key", orgA.keystore.toString(), "--key-password",
                "wrong-password");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("wrong key password for alias '1'").doesNotContain("wrong-password");
        assertThat(store.list()).isEmpty();
    }

    @Test
    void listWhenCertificateExpiresSoonThenWarns() {
        TutorialKeystores.run(dir, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "soon.key",
                "-out", "soon.crt", "-days", "10", "-subj", "/CN=soon");
        keys("import", "--name", "soon", "--key", dir.resolve("soon.key").toString(), "--cert",
                dir.resolve("soon.crt").toString());

        assertThat(keys("list").out()).contains("warning: key 'soon': its certificate expires in 9 days");
    }

    @Test
    void removeWhenKeyThereThenGoneAndWhenAbsentThenError() {
        orgA.importKey();

        assertThat(keys("remove", "--name", BrokerFixture.KEY_NAME).out()).contains("removed orga_cert");
        assertThat(keys("list").out()).contains("no keys");
        assertThat(keys("remove", "--name", BrokerFixture.KEY_NAME).exit()).isEqualTo(1);
    }

    @Test
    void startWhenSigningKeyNotImportedThenSaysHowToImport() {
        orgA.writeConfig("OrgB", String.join("\n", "namedCredentials:", "  - name: OrgB",
                "    url: https://orgb.my.salesforce.com", "    issuer: 3MVG9", "    subject: i@orgb.test",
                "    signingKey: orga_cert"));

        BrokerFixture.Run run = orgA.cli("--config", orgA.config().toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no key named 'orga_cert'", "signet broker keys import --name orga_cert");
    }
}
