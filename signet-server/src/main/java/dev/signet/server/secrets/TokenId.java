package dev.signet.server.secrets;

import dev.signet.core.ids.SecureRandoms;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The key an access token's record is stored under, carried in the token itself: 16 bytes, the
 * issue time in milliseconds (6 bytes, big-endian) then 10 random bytes, like a UUIDv7. Keys made
 * later sort later, so issuing a token appends at the end of the index instead of writing into a
 * random page, and nodes sharing a database never need to agree on a sequence. The id only
 * locates the record: a token is genuine by its secret part (opaque) or its signature (JWT).
 */
public final class TokenId {
    public static final int LENGTH = 16;

    private final byte[] bytes;

    private TokenId(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A new id for a token issued at {@code time}. */
    public static TokenId next(Instant time) {
        byte[] bytes = new byte[LENGTH];
        SecureRandoms.forThisThread().nextBytes(bytes);
        return new TokenId(stamped(bytes, time));
    }

    /** The id with these bytes; empty unless there are exactly {@link #LENGTH}. */
    public static Optional<TokenId> of(byte[] bytes) {
        return bytes != null && bytes.length == LENGTH ? Optional.of(new TokenId(bytes.clone())) : Optional.empty();
    }

    /** The id written by {@link #base64()}; empty for anything else. */
    public static Optional<TokenId> fromBase64(String text) {
        if (text == null || text.length() != 22) {
            return Optional.empty();
        }
        try {
            return of(Base64.getUrlDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The id written by {@link #hex()}; empty for anything else. */
    public static Optional<TokenId> fromHex(String text) {
        if (text == null || text.length() != 2 * LENGTH) {
            return Optional.empty();
        }
        try {
            return of(HexFormat.of().parseHex(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A copy of the 16 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** URL-safe Base64 without padding (22 characters): a JWT access token's {@code jti}. */
    public String base64() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    /** When the token was issued, to the millisecond. */
    public Instant issuedAt() {
        return Instant.ofEpochMilli(ByteBuffer.wrap(new byte[] {0, 0, bytes[0], bytes[1], bytes[2], bytes[3], bytes[4],
            bytes[5]}).getLong());
    }

    /** The smallest id of a token issued at {@code time} or later: where a range scan by issue time starts. */
    public static TokenId floor(Instant time) {
        byte[] bytes = new byte[LENGTH];
        return new TokenId(stamped(bytes, time));
    }

    // The first 6 bytes: milliseconds since 1970, big-endian, so that byte order is time order.
    private static byte[] stamped(byte[] bytes, Instant time) {
        long millis = time.toEpochMilli();
        for (int i = 5; i >= 0; i--) {
            bytes[i] = (byte) millis;
            millis >>>= 8;
        }
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenId other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TokenId[" + hex() + "]";
    }
}
