package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Signet} without JUnit's help: keys from files, and what {@link Signet#reset()} puts back. */
class SignetBuilderTest {
    @Test
    void appWhenKeyFilesGivenThenTokensSignedWithThatKey(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("server.key");
        Path cert = dir.resolve("server.crt");
        try (Signet first = Signet.builder().app("made").start()) {
            Files.copy(first.app().privateKeyFile(), key);
            Files.writeString(cert, first.app().certificatePem());
        }

        try (Signet signet = Signet.builder().app("loaded", app -> app.keyFiles(key, null, cert)).user("u@acme.test").start()) {
            assertThat(signet.app().certificatePem()).isEqualTo(Files.readString(cert));
            assertThat(signet.token("u@acme.test")).isNotBlank();
        }
    }

    @Test
    void resetWhenTestCreatedAppsAndMovedClockThenDeclaredOrgAndRealTime() {
        try (Signet signet = Signet.builder().app("declared").user("u@acme.test").start()) {
            String consumerKey = signet.app().consumerKey();
            signet.createApp("extra", app -> app);
            signet.clock().advance(Duration.ofDays(1));
            signet.token("u@acme.test");

            signet.reset();

            assertThat(signet.app("declared").consumerKey()).isEqualTo(consumerKey);
            assertThatThrownBy(() -> signet.app("extra")).isInstanceOf(IllegalArgumentException.class);
            assertThat(signet.server().admin().apps()).hasSize(1);
            assertThat(signet.clock().offset()).isZero();
            assertThat(signet.loginHistory()).isEmpty();
            assertThat(signet.token("u@acme.test")).isNotBlank();
        }
    }

    @Test
    void tokenWhenClockMovedPastAssertionExpiryThenStillMintedOnServerTime() {
        try (Signet signet = Signet.builder().app("a").user("u@acme.test").start()) {
            String assertion = signet.mintAssertion("u@acme.test");
            signet.clock().advance(Duration.ofMinutes(10));

            assertThat(signet.tokenRequest(assertion).statusCode()).isEqualTo(400);
            assertThat(signet.loginHistory().get(0).reason()).isNotBlank();
            assertThat(signet.token("u@acme.test")).isNotBlank();
        }
    }

    @Test
    void userWhenDeclaredFrozenThenRefusedUntilUnfrozen() {
        try (Signet signet = Signet.builder().app("a").user("ice@acme.test", user -> user.frozen()).start()) {
            assertThat(signet.tokenRequest(signet.mintAssertion("ice@acme.test")).statusCode()).isEqualTo(400);
            assertThat(signet.loginHistory().get(0).status()).isEqualTo("User Is Frozen");

            signet.unfreeze("ice@acme.test");

            assertThat(signet.token("ice@acme.test")).isNotBlank();
        }
    }
}
