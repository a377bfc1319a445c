package dev.signet.server.secrets;

import dev.signet.core.ids.SecureRandoms;
import java.util.Base64;

/** Unguessable URL-safe random strings: session cookies, CSRF tokens, codes, refresh tokens. */
public final class RandomTokens {

    private RandomTokens() {}

    /** 32 random bytes (256 bits) as URL-safe Base64 without padding. */
    public static String next() {
        byte[] bytes = new byte[32];
        SecureRandoms.forThisThread().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
