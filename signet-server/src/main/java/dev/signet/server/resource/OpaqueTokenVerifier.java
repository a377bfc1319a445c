package dev.signet.server.resource;

import dev.signet.server.storage.TokenRef;
import dev.signet.server.storage.TokenRepository;
import java.util.Optional;

/** Opaque tokens: genuine when their hash is on record (under their id). Anything that is not a JWT is opaque. */
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
    public Optional<StoredToken> verify(String token) {
        TokenRef ref = TokenRef.opaque(token);
        return tokens.find(ref).map(info -> new StoredToken(ref, info));
    }
}
