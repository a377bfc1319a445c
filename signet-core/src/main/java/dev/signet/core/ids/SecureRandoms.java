package dev.signet.core.ids;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A cryptographically strong generator per thread, for token and id randomness on hot paths.
 * The JDK's default ({@code NativePRNG}) serializes every caller on one process-wide lock, even
 * across instances; a per-thread NIST SP 800-90A DRBG (seeded from the system's entropy source)
 * shares nothing.
 */
public final class SecureRandoms {
    private static final ThreadLocal<SecureRandom> PER_THREAD = ThreadLocal.withInitial(SecureRandoms::create);

    private SecureRandoms() {}

    /** This thread's generator: use it at once, never hand it to another thread. */
    public static SecureRandom forThisThread() {
        return PER_THREAD.get();
    }

    private static SecureRandom create() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom(); // every JDK since 9 has DRBG; keep working if a provider set lacks it
        }
    }
}
