package dev.signet.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.keys.KeyLoadException;
import dev.signet.core.keys.TestKeys;
import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.SignetServerExtension;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every key form the tutorials make (openssl, keytool: the TestKeys fixtures) signs an assertion the real server takes. */
class SigningKeysTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    static Stream<Arguments> sources() {
        String pem = TestKeys.text(TestKeys.SERVER_KEY);
        return Stream.of(
                Arguments.of("PKCS#8 PEM file", SigningKeys.file(TestKeys.path(TestKeys.SERVER_KEY), null)),
                Arguments.of("PKCS#1 PEM file", SigningKeys.file(TestKeys.path(TestKeys.SERVER_PKCS1_KEY), null)),
                Arguments.of("openssl genrsa -des3 (OpenSSL 3)",
                        SigningKeys.file(TestKeys.path(TestKeys.SERVER_PASS_KEY), TestKeys.password())),
                Arguments.of("legacy encrypted PEM (Proc-Type/DEK-Info)",
                        SigningKeys.file(TestKeys.path(TestKeys.SERVER_PASS_TRADITIONAL_KEY), TestKeys.password())),
                Arguments.of("encrypted PKCS#8 AES-256",
                        SigningKeys.file(TestKeys.path(TestKeys.SERVER_PKCS8_ENC_KEY), TestKeys.password())),
                Arguments.of("PKCS#12 first key entry",
                        SigningKeys.file(TestKeys.path(TestKeys.SERVER_P12), TestKeys.storePassword())),
                Arguments.of("PKCS#12 alias", SigningKeys.keyStore(TestKeys.path(TestKeys.SERVER_P12),
                        TestKeys.storePassword(), TestKeys.ALIAS, null)),
                Arguments.of("JKS alias and key password", SigningKeys.keyStore(TestKeys.path(TestKeys.SERVER_JKS),
                        TestKeys.storePassword(), TestKeys.ALIAS, TestKeys.storePassword())),
                Arguments.of("any file: JKS alias, store and key password", SigningKeys.file(
                        TestKeys.path(TestKeys.SERVER_JKS), TestKeys.storePassword(), TestKeys.ALIAS,
                        TestKeys.storePassword())),
                Arguments.of("any file: PKCS#12 store password only", SigningKeys.file(
                        TestKeys.path(TestKeys.SERVER_P12), TestKeys.storePassword(), null, null)),
                Arguments.of("any file: encrypted PEM, key password only", SigningKeys.file(
                        TestKeys.path(TestKeys.SERVER_PASS_KEY), null, null, TestKeys.password())),
                Arguments.of("classpath PEM", SigningKeys.classpath("/keys/" + TestKeys.SERVER_KEY, null)),
                Arguments.of("classpath encrypted PEM",
                        SigningKeys.classpath("keys/" + TestKeys.SERVER_PASS_KEY, TestKeys.password())),
                Arguments.of("classpath PKCS#12", SigningKeys.classpathKeyStore("keys/" + TestKeys.SERVER_P12,
                        TestKeys.storePassword(), TestKeys.ALIAS, null)),
                Arguments.of("classpath JKS", SigningKeys.classpath("keys/" + TestKeys.SERVER_JKS,
                        TestKeys.storePassword())),
                Arguments.of("environment variable", SigningKeys.environment("SF_KEY", null, Map.of("SF_KEY", pem)::get)),
                Arguments.of("environment variable, one line with \\n",
                        SigningKeys.environment("SF_KEY", null, Map.of("SF_KEY", pem.replace("\n", "\\n"))::get)),
                Arguments.of("PEM text", SigningKeys.pem(pem, null)),
                Arguments.of("PrivateKey", SigningKeys.of(TestKeys.serverKey())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void requestTokenWhenKeyFromSourceThenServerAccepts(String name, KeySource source) {
        JwtBearerClient client = SignetTestSupport.client(server).signingKey(source).build();

        TokenResponse token = client.requestToken();

        assertThat(token.accessToken()).startsWith(server.server().admin().org().id().substring(0, 15) + "!");
        assertThat(token.instanceUrl()).isEqualTo(server.baseUrl());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void loadWhenAnySourceThenSameKeyAsOpensslFixture(String name, KeySource source) {
        PrivateKey key = source.load();

        assertThat(((RSAPrivateCrtKey) key).getModulus())
                .isEqualTo(((RSAPrivateCrtKey) TestKeys.serverKey()).getModulus());
    }

    @Test
    void loadWhenEncryptedKeyWithoutPasswordThenKeyLoadExceptionSaysSo() {
        assertThatThrownBy(() -> SigningKeys.file(TestKeys.path(TestKeys.SERVER_PASS_KEY), null).load())
                .isInstanceOf(KeyLoadException.class)
                .hasMessageContaining("password");
    }

    @Test
    void loadWhenWrongAliasThenNamesAliases() {
        KeySource source = SigningKeys.keyStore(TestKeys.path(TestKeys.SERVER_P12), TestKeys.storePassword(), "nope",
                null);

        assertThatThrownBy(source::load).isInstanceOf(KeyLoadException.class).hasMessageContaining("signet");
    }

    @Test
    void fileWhenAliasGivenForPemKeyThenSaysItIsNoKeystore() {
        KeySource source = SigningKeys.file(TestKeys.path(TestKeys.SERVER_KEY), null, "1", null);

        assertThatThrownBy(source::load).isInstanceOf(KeyLoadException.class)
                .hasMessageContaining("not a PKCS#12 or JKS keystore");
    }

    @Test
    void loadWhenClasspathResourceMissingThenKeyLoadException() {
        assertThatThrownBy(() -> SigningKeys.classpath("keys/absent.key", null).load())
                .isInstanceOf(KeyLoadException.class)
                .hasMessageContaining("classpath resource not found: keys/absent.key");
    }

    @Test
    void loadWhenClasspathKeyStoreWrongPasswordThenKeyLoadException() {
        assertThatThrownBy(() -> SigningKeys.classpath("keys/" + TestKeys.SERVER_P12, "wrong".toCharArray()).load())
                .isInstanceOf(KeyLoadException.class)
                .hasMessageContaining("keys/server.p12");
    }

    @Test
    void loadWhenEnvironmentVariableUnsetThenKeyLoadExceptionNamesIt() {
        assertThatThrownBy(() -> SigningKeys.environment("SF_KEY", null, name -> null).load())
                .isInstanceOf(KeyLoadException.class)
                .hasMessage("environment variable SF_KEY is not set or empty");
    }

    @Test
    void toStringWhenAnySourceThenDescribesWithoutSecrets() {
        String pem = TestKeys.text(TestKeys.SERVER_KEY);
        char[] password = TestKeys.password();
        KeySource env = SigningKeys.environment("SF_KEY", password, Map.of("SF_KEY", pem)::get);
        KeySource text = SigningKeys.pem(pem, password);

        assertThat(env.toString()).isEqualTo("KeySource[environment variable SF_KEY]");
        assertThat(text.toString()).isEqualTo("KeySource[PEM text]").doesNotContain(TestKeys.PASSWORD);
        assertThat(SigningKeys.of(TestKeys.serverKey()).toString()).isEqualTo("KeySource[key in memory (RSA)]");
    }

    @Test
    void fileWhenCallerWipesPasswordThenStillLoads() {
        char[] password = TestKeys.password();
        KeySource source = SigningKeys.file(TestKeys.path(TestKeys.SERVER_PASS_KEY), password);
        java.util.Arrays.fill(password, '\0');

        assertThat(source.load()).isNotNull();
    }
}
