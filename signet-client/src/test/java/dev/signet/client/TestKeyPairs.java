package dev.signet.client;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

/** RSA key pairs generated once per test run (the client tests need no fixed key material). */
final class TestKeyPairs {
    static final KeyPair RSA_2048 = generate(2048);

    private TestKeyPairs() {}

    static KeyPair generate(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
