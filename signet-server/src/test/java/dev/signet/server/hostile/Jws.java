package dev.signet.server.hostile;

import dev.signet.core.keys.TestKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * JWS compact serializations written by hand, so that header and payload can be anything an
 * attacker writes (duplicate keys, arrays, deep nesting), signed with the test key the apps trust,
 * another key, HMAC, or nothing.
 */
final class Jws {
    static final String RS256 = "{\"alg\":\"RS256\"}";

    private Jws() {}

    static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Signed RS256 with the key of the apps' certificate. */
    static String signed(String header, String payload) {
        return rs256(header, payload, TestKeys.serverKey());
    }

    static String signed(String payload) {
        return signed(RS256, payload);
    }

    /** Signed RS256 with a key no app trusts. */
    static String signedByOther(String header, String payload) {
        return rs256(header, payload, TestKeys.otherKey());
    }

    static String rs256(String header, String payload, PrivateKey key) {
        String input = b64(header) + "." + b64(payload);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HMAC-SHA256 with {@code secret} as the key (the "public key as HMAC secret" attack). */
    static String hs256(String payload, byte[] secret) {
        String input = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(payload);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Header and payload with an empty signature. */
    static String unsigned(String header, String payload) {
        return b64(header) + "." + b64(payload) + ".";
    }

    /** {@code open} repeated {@code depth} times around {@code inner}, closed again. */
    static String nested(int depth, String inner) {
        return "[".repeat(depth) + inner + "]".repeat(depth);
    }
}
