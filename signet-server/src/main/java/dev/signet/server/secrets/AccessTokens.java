package dev.signet.server.secrets;

import dev.signet.core.ids.SecureRandoms;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Creates opaque access tokens in Salesforce's shape, {@code <15-char org id>!<random>}, and
 * hashes them for storage. The random part is 32 bytes (256 bits) in URL-safe Base64 with
 * {@code -} mapped to {@code .}, so it matches {@code [A-Za-z0-9._]+} as clients expect.
 */
public final class AccessTokens {

    private AccessTokens() {}

    public static String newToken(String orgId15) {
        byte[] bytes = new byte[32];
        SecureRandoms.forThisThread().nextBytes(bytes);
        return orgId15 + "!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).replace('-', '.');
    }

    /** SHA-256 of the token, hex: the only form in which tokens are stored. */
    public static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
