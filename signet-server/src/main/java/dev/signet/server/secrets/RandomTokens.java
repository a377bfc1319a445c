package dev.signet.server.secrets;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable URL-safe random strings: session cookies, CSRF tokens, codes, refresh tokens. */
public final class RandomTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {}

    /** 32 random bytes (256 bits) as URL-safe Base64 without padding. */
    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
