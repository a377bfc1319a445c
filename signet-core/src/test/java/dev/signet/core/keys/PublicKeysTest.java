package dev.signet.core.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicKeysTest {
    @Test
    void matchesWhenKeyBelongsToCertificateThenTrue() {
        assertThat(PublicKeys.matches(TestKeys.serverKey(), TestKeys.serverCertificate())).isTrue();
        assertThat(PublicKeys.matches(TestKeys.otherKey(), TestKeys.otherCertificate())).isTrue();
    }

    @Test
    void matchesWhenKeyFromOtherPairThenFalse() {
        assertThat(PublicKeys.matches(TestKeys.otherKey(), TestKeys.serverCertificate())).isFalse();
        assertThat(PublicKeys.matches(TestKeys.serverKey(), TestKeys.otherCertificate())).isFalse();
    }
}
