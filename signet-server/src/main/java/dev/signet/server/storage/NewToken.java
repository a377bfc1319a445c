package dev.signet.server.storage;

import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.model.LoginEvent;
import dev.signet.server.secrets.TokenId;
import java.time.Instant;

/**
 * An access token to store: its record, and in the same commit the {@code jti} mark of the
 * assertion it was issued for and its Login History entry.
 *
 * @param digest SHA-256 of the token; null for a signed (JWT) token, which proves itself
 * @param jti the assertion's {@code jti}, or null when the grant has none
 * @param jtiExpiresAt when the assertion can no longer be replayed (null with {@code jti})
 * @param login the Login History entry, or null where the grant records none
 */
public record NewToken(TokenId id, byte[] digest, AccessTokenInfo info, String jti, Instant jtiExpiresAt,
        LoginEvent login) {
    NewToken withLogin(LoginEvent newLogin) {
        return new NewToken(id, digest, info, jti, jtiExpiresAt, newLogin);
    }
}
