package dev.signet.bench.jmh;

import dev.signet.bench.mint.AssertionClaims;
import dev.signet.bench.mint.AssertionMinter;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;

/** Keys and assertions shaped like the load test's, for the JMH benchmarks. */
final class BenchFixtures {
    static final AssertionClaims CLAIMS = new AssertionClaims(
            "3MVG9" + "x".repeat(80), "integration@bench.signet.test", "https://login.salesforce.com",
            Duration.ofMinutes(5));

    private BenchFixtures() {}

    static KeyPair rsa2048() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String assertion(KeyPair keys) {
        return new AssertionMinter(keys.getPrivate(), null, Clock.systemUTC()).mint(CLAIMS, "jti-1");
    }
}
