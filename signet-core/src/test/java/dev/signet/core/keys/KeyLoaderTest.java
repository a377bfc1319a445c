package dev.signet.core.keys;

import static dev.signet.core.keys.TestKeys.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyLoaderTest {
    private static final BigInteger SERVER_MODULUS = CertificateLoader.rsaPublicKey(serverCertificate()).getModulus();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {SERVER_KEY, SERVER_PKCS1_KEY})
    void loadWhenUnencryptedPemThenLoadsServerKey(String name) {
        assertServerKey(KeyLoader.loadPrivateKey(path(name), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {SERVER_PASS_KEY, SERVER_PASS_TRADITIONAL_KEY, SERVER_PKCS8_ENC_KEY})
    void loadWhenEncryptedPemThenDecrypts(String name) {
        assertServerKey(KeyLoader.loadPrivateKey(path(name), password()));
    }

    @ParameterizedTest
    @ValueSource(strings = {SERVER_P12, SERVER_JKS})
    void loadWhenKeyStoreThenLoadsKeyEntry(String name) {
        assertServerKey(KeyLoader.loadPrivateKey(path(name), storePassword()));
    }

    @Test
    void loadWhenKeyStoreHasOtherExtensionThenDetectsByContent() throws IOException {
        Path renamed = Files.copy(path(SERVER_P12), dir.resolve("keystore.bin"));
        Path jks = Files.copy(path(SERVER_JKS), dir.resolve("server.key"));

        assertServerKey(KeyLoader.loadPrivateKey(renamed, storePassword()));
        assertServerKey(KeyLoader.loadPrivateKey(jks, storePassword()));
    }

    @Test
    void loadWhenUnencryptedKeyAndPasswordGivenThenIgnoresPassword() {
        assertServerKey(KeyLoader.loadPrivateKey(path(SERVER_KEY), password()));
    }

    @ParameterizedTest
    @ValueSource(strings = {SERVER_PASS_KEY, SERVER_PASS_TRADITIONAL_KEY, SERVER_PKCS8_ENC_KEY})
    void loadWhenEncryptedAndNoPasswordThenSaysPassKeyPassword(String name) {
        assertThatThrownBy(() -> KeyLoader.loadPrivateKey(path(name), null))
                .isInstanceOf(KeyLoadException.class)
                .hasMessage(name + ": the key is encrypted: pass --key-password");
        assertThatThrownBy(() -> KeyLoader.loadPrivateKey(path(name), new char[0]))
                .hasMessageContaining("the key is encrypted: pass --key-password");
    }

    @ParameterizedTest
    @ValueSource(strings = {SERVER_PASS_KEY, SERVER_PASS_TRADITIONAL_KEY, SERVER_PKCS8_ENC_KEY})
    void loadWhenWrongPasswordThenSaysWrongPassword(String name) {
        assertThatThrownBy(() -> KeyLoader.loadPrivateKey(path(name), "NotThePassword".toCharArray()))
                .isInstanceOf(KeyLoadException.class)
                .hasMessage(name + ": wrong password for the encrypted key")
                .message().doesNotContain("NotThePassword");
    }

    @ParameterizedTest
    @ValueSource(strings = {SERVER_P12, SERVER_JKS})
    void loadWhenKeyStoreWrongPasswordThenSaysWrongPassword(String name) {
        assertThatThrownBy(() -> KeyLoader.loadPrivateKey(path(name), "wrong-one".toCharArray()))
                .isInstanceOf(KeyLoadException.class)
                .hasMessage(name + ": wrong password for the keystore");
    }

    @Test
    void loadWhenKeyStoreWithoutPasswordThenSaysPassKeyPassword() {
        assertThatThrownBy(() -> KeyLoader.loadPrivateKey(path(SERVER_P12), null))
                .isInstanceOf(KeyLoadException.class)
                .hasMessageContaining("pass --key-password");
    }

    @ParameterizedTest
    @ValueSource(strings = {SERVER_CRT, SERVER_DER})
    void loadWhenCertificateThenSaysPassThePrivateKey(String name) {
        assertThatThrownBy(() -> KeyLoader.loadPrivateKey(path(name), null))
                .isInstanceOf(KeyLoadException.class)
                .hasMessage("no private key in " + name + " (found a certificate: pass the private key, not " + name + ")");
    }

    @Test
    void loadWhenCsrThenSaysFoundSigningRequest() {
        assertThatThrownBy(() -> KeyLoader.loadPrivateKey(path(SERVER_CSR), null))
                .isInstanceOf(KeyLoadException.class)
                .hasMessageContaining("found a certificate signing request: pass the private key");
    }

    @Test
    void loadWhenCertificateBeforeKeyInBundleThenFindsKey() throws IOException {
        Path bundle = Files.writeString(dir.resolve("bundle.pem"), text(SERVER_CRT) + text(SERVER_KEY));

        assertServerKey(KeyLoader.loadPrivateKey(bundle, null));
    }

    @Test
    void loadWhenGarbageThenSaysUnsupported() throws IOException {
        Path garbage = Files.write(dir.resolve("garbage.bin"), new byte[] {0x30, 0x03, 0x02, 0x01, 0x05, 7, 7});
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello, not a key\n");
        Path empty = Files.write(dir.resolve("empty.key"), new byte[0]);

        for (Path file : new Path[] {garbage, text, empty}) {
            assertThatThrownBy(() -> KeyLoader.loadPrivateKey(file, null))
                    .isInstanceOf(KeyLoadException.class)
                    .hasMessage(file.getFileName() + ": unsupported key file: expected PEM (PKCS#8 or PKCS#1),"
                            + " encrypted PEM, PKCS#12 or JKS");
        }
    }

    @Test
    void loadWhenPemBodyCorruptThenSaysUnsupported() throws IOException {
        assertLoadFails("corrupt.key", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
                "unsupported key file");
    }

    @Test
    void loadWhenOpenSshKeyThenSaysConvert() throws IOException {
        assertLoadFails("id_rsa",
                "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n",
                "ssh-keygen -p -m PKCS8");
    }

    private void assertLoadFails(String fileName, String content, String messagePart) throws IOException {
        Path file = Files.writeString(dir.resolve(fileName), content);

        assertThatThrownBy(() -> KeyLoader.loadPrivateKey(file, null))
                .isInstanceOf(KeyLoadException.class)
                .hasMessageContaining(messagePart);
    }

    @Test
    void loadWhenFileMissingThenSaysNotFound() {
        Path missing = dir.resolve("nope.key");

        assertThatThrownBy(() -> KeyLoader.loadPrivateKey(missing, null))
                .isInstanceOf(KeyLoadException.class)
                .hasMessage("file not found: " + missing);
    }

    @Test
    void loadWhenDerPkcs8ThenLoads() throws IOException {
        Path der = Files.write(dir.resolve("server.pk8"), serverKey().getEncoded());

        assertServerKey(KeyLoader.loadPrivateKey(der, null));
    }

    @Test
    void parsePemWhenEncryptedThenDecrypts() {
        assertServerKey(KeyLoader.parsePrivateKeyPem(text(SERVER_PASS_TRADITIONAL_KEY), password()));
        assertServerKey(KeyLoader.parsePrivateKeyPem(text(SERVER_PASS_KEY), password()));
    }

    @Test
    void parsePemWhenEscapedNewlinesThenParses() {
        String oneLine = text(SERVER_PKCS1_KEY).replace("\n", "\\n");

        assertServerKey(KeyLoader.parsePrivateKeyPem(oneLine, null));
    }

    @Test
    void parsePemWhenMissingPasswordThenSaysPassKeyPassword() {
        assertThatThrownBy(() -> KeyLoader.parsePrivateKeyPem(text(SERVER_PKCS8_ENC_KEY), null))
                .isInstanceOf(KeyLoadException.class)
                .hasMessage("the key is encrypted: pass --key-password");
    }

    @Test
    void parsePemWhenCertificateThenSaysNoPrivateKey() {
        assertThatThrownBy(() -> KeyLoader.parsePrivateKeyPem(text(SERVER_CRT), null))
                .isInstanceOf(KeyLoadException.class)
                .hasMessageContaining("found a certificate: pass the private key");
    }

    @Test
    void parsePemWhenNotPemThenSaysUnsupported() {
        assertThatThrownBy(() -> KeyLoader.parsePrivateKeyPem("MIIEvQIBADANBg", null))
                .isInstanceOf(KeyLoadException.class)
                .hasMessageStartingWith("unsupported key file");
    }

    @Test
    void loadFromKeyStoreWhenAliasGivenThenLoadsIt() {
        assertServerKey(KeyLoader.loadFromKeyStore(path(SERVER_P12), "PKCS12", storePassword(), ALIAS, null));
        assertServerKey(KeyLoader.loadFromKeyStore(path(SERVER_JKS), null, storePassword(), ALIAS, storePassword()));
    }

    @Test
    void loadFromKeyStoreWhenAliasUnknownThenListsAliases() {
        assertThatThrownBy(() -> KeyLoader.loadFromKeyStore(path(SERVER_P12), null, storePassword(), "x", null))
                .isInstanceOf(KeyLoadException.class)
                .hasMessage("alias 'x' not found in keystore; aliases: signet");
    }

    @Test
    void loadFromKeyStoreWhenWrongKeyPasswordThenSaysWrongKeyPassword() {
        assertThatThrownBy(() -> KeyLoader.loadFromKeyStore(
                        path(SERVER_JKS), "JKS", storePassword(), null, "nope".toCharArray()))
                .isInstanceOf(KeyLoadException.class)
                .hasMessage(SERVER_JKS + ": wrong key password for alias 'signet'");
    }

    @Test
    void loadFromKeyStoreWhenNotKeyStoreThenSaysSo() {
        assertThatThrownBy(() -> KeyLoader.loadFromKeyStore(path(SERVER_KEY), null, storePassword(), null, null))
                .isInstanceOf(KeyLoadException.class)
                .hasMessage(SERVER_KEY + ": not a PKCS#12 or JKS keystore");
    }

    @Test
    void loadFromKeyStoreWhenOnlyCertificatesThenSaysNoPrivateKey() throws Exception {
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", serverCertificate());
        Path file = dir.resolve("truststore.p12");
        try (var out = Files.newOutputStream(file)) {
            store.store(out, storePassword());
        }

        assertThatThrownBy(() -> KeyLoader.loadPrivateKey(file, storePassword()))
                .isInstanceOf(KeyLoadException.class)
                .hasMessage("no private key in truststore.p12 (the keystore holds only certificates; aliases: ca)");
        assertThatThrownBy(() -> KeyLoader.loadFromKeyStore(file, null, storePassword(), "ca", null))
                .hasMessageContaining("alias 'ca' in keystore is a certificate, not a private key");
    }

    @Test
    void messagesNeverContainKeyMaterial() {
        String pem = text(SERVER_KEY);
        String body = pem.split("\n")[1];
        Throwable error = org.assertj.core.api.Assertions.catchThrowable(
                () -> CertificateLoader.parse(pem.getBytes(StandardCharsets.US_ASCII)));

        assertThat(error).isInstanceOf(KeyLoadException.class);
        assertThat(error.getMessage()).doesNotContain(body);
    }

    private static void assertServerKey(PrivateKey key) {
        assertThat(key).isInstanceOf(RSAPrivateKey.class);
        assertThat(((RSAPrivateKey) key).getModulus()).isEqualTo(SERVER_MODULUS);
        assertThat(PublicKeys.matches(key, serverCertificate())).isTrue();
    }

    @Test
    void isKeyStoreWhenPkcs12OrJksThenTrueAndWhenKeyOrCertificateThenFalse() {
        assertThat(KeyLoader.isKeyStore(path(SERVER_P12))).isTrue();
        assertThat(KeyLoader.isKeyStore(path(SERVER_JKS))).isTrue();
        assertThat(KeyLoader.isKeyStore(path(SERVER_KEY))).isFalse();
        assertThat(KeyLoader.isKeyStore(path(SERVER_PASS_KEY))).isFalse();
        assertThat(KeyLoader.isKeyStore(path(SERVER_DER))).isFalse();
    }
}
