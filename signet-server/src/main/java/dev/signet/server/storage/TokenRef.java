package dev.signet.server.storage;

import dev.signet.server.secrets.AccessTokens;
import dev.signet.server.secrets.TokenId;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How an access token's record is found and proven: by the {@link TokenId} the token carries,
 * then by its SHA-256 (opaque tokens) or by a signature the caller has checked ({@code signed},
 * JWT access tokens). A token made before ids existed has none: it is found by its hash alone.
 *
 * @param id where the record is; null for a token made before ids
 * @param digest SHA-256 of the token; null when only the id is known (a stored reference)
 * @param signed the caller verified the token's signature, so no stored hash is needed
 */
public record TokenRef(TokenId id, byte[] digest, boolean signed) {
    /** An opaque token as presented. */
    public static TokenRef opaque(String token) {
        return new TokenRef(AccessTokens.idOf(token).orElse(null), AccessTokens.digest(token), false);
    }

    /** A JWT access token whose signature the caller verified; {@code id} from its {@code jti}. */
    public static TokenRef signed(Optional<TokenId> id, String token) {
        return new TokenRef(id.orElse(null), AccessTokens.digest(token), true);
    }

    /** A reference written by {@link #text()}. */
    public static TokenRef fromText(String text) {
        Optional<TokenId> id = TokenId.fromHex(text);
        return id.map(i -> new TokenRef(i, null, false))
                .orElseGet(() -> new TokenRef(null, HexFormat.of().parseHex(text), false));
    }

    /** A short text that finds the record again (e.g. for revoking what a code was exchanged for). */
    public String text() {
        return id != null ? id.hex() : legacyHash();
    }

    /** The hex hash a token made before ids is stored under. */
    String legacyHash() {
        return digest == null ? null : HexFormat.of().formatHex(digest);
    }
}
