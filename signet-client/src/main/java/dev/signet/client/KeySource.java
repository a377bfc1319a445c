package dev.signet.client;

import java.security.PrivateKey;

/**
 * Where the private key that signs the assertions comes from: a file, a keystore entry, a
 * classpath resource, an environment variable or a key in memory. Make one with {@link
 * SigningKeys} and hand it to {@link JwtBearerClient.Builder#signingKey(KeySource)}, which loads it
 * once. Implementations describe the source in {@link Object#toString()} without the key or its
 * password.
 *
 * <p>Related specifications: RFC 5958 (PKCS#8), RFC 8017 (PKCS#1), RFC 7468 (PEM), RFC 7292
 * (PKCS#12).
 */
@FunctionalInterface
public interface KeySource {
    /**
     * Loads the key.
     *
     * @throws dev.signet.core.keys.KeyLoadException when the key cannot be read; the message
     *     says what to fix and never holds key material or a password
     */
    PrivateKey load();
}
