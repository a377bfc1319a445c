package dev.signet.server.oauth;

import dev.signet.server.model.LoginEvent;
import dev.signet.server.secrets.AccessTokens;
import dev.signet.server.storage.NewToken;
import dev.signet.server.storage.TokenRepository;
import java.time.Instant;

/**
 * Makes an access token and stores its record, the same for every grant and every kind of token:
 * the record is keyed by the context's {@link dev.signet.server.secrets.TokenId}, holds the
 * token's hash, and commits with the assertion's {@code jti} mark and the Login History entry.
 */
public record AccessTokenMinting(TokenRepository tokens, AccessTokenIssuer issuer) {
    /**
     * The token, committed before this returns.
     *
     * @param jti the assertion's {@code jti} to mark used, or null
     * @param login the Login History entry to store with it, or null
     * @throws TokenRepository.JtiReplayedException when the {@code jti} was used before
     */
    public String mint(TokenContext context, String jti, Instant jtiExpiresAt, LoginEvent login) {
        if (issuer.provesItself(context)) {
            // A JWT is proven by its signature, so its record needs no hash of it: the commit runs
            // while this thread signs, and the request costs the longer of the two, not the sum.
            TokenRepository.Pending pending = tokens.submit(new NewToken(context.id(), null, context.info(), jti,
                    jtiExpiresAt, login));
            String token = issuer.issue(context);
            pending.await();
            return token;
        }
        String token = issuer.issue(context);
        tokens.issue(new NewToken(context.id(), AccessTokens.digest(token), context.info(), jti, jtiExpiresAt, login));
        return token;
    }
}
