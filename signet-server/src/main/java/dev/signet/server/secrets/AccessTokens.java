package dev.signet.server.secrets;

import dev.signet.core.ids.SecureRandoms;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Creates opaque access tokens in Salesforce's shape, {@code <15-char org id>!<random>}, and
 * hashes them for storage. After the {@code !} come 64 characters of URL-safe Base64 with
 * {@code -} mapped to {@code .} (so the token matches {@code [A-Za-z0-9!._]+} as clients expect):
 * the record's {@link TokenId} (16 bytes) and a 32-byte secret. Only the SHA-256 of the whole
 * token is stored; the id says where, the hash whether it is genuine. Tokens issued before the
 * id existed carry 32 random bytes (43 characters) and are found by their hash alone.
 */
public final class AccessTokens {
    private static final int SECRET_BYTES = 32;

    private AccessTokens() {}

    public static String newToken(String orgId15, TokenId id) {
        byte[] bytes = new byte[TokenId.LENGTH + SECRET_BYTES];
        SecureRandoms.forThisThread().nextBytes(bytes);
        System.arraycopy(id.bytes(), 0, bytes, 0, TokenId.LENGTH);
        return orgId15 + "!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).replace('-', '.');
    }

    /** The id an opaque token carries; empty for a token made before ids, or one not made here. */
    public static Optional<TokenId> idOf(String token) {
        int bang = token.indexOf('!');
        int length = token.length() - bang - 1;
        if (bang < 0 || length != 64) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token.substring(bang + 1).replace('.', '-'));
            return TokenId.of(Arrays.copyOf(bytes, TokenId.LENGTH));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** SHA-256 of the token: the form in which tokens are stored and compared. */
    public static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** SHA-256 of the token, hex: how refresh tokens, codes, sessions and pre-id access tokens are stored. */
    public static String hash(String token) {
        return HexFormat.of().formatHex(digest(token));
    }
}
