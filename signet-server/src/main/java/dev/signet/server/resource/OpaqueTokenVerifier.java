package dev.signet.server.resource;

import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.secrets.AccessTokens;
import dev.signet.server.storage.TokenRepository;
import java.util.Optional;

/** Opaque tokens: genuine when their hash is on record. Anything that is not a JWT is opaque. */
public final class OpaqueTokenVerifier implements TokenVerifier {
    private final TokenRepository tokens;

    public OpaqueTokenVerifier(TokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean recognizes(String token) {
        return !JwtTokenVerifier.looksLikeJwt(token);
    }

    @Override
    public Optional<AccessTokenInfo> verify(String token) {
        return tokens.find(AccessTokens.hash(token));
    }
}
