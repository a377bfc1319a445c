package dev.signet.server.resource;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.signet.server.keys.SigningKeys;
import dev.signet.server.secrets.TokenId;
import dev.signet.server.storage.TokenRef;
import dev.signet.server.storage.TokenRepository;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;

/**
 * JWT access tokens, checked locally first: {@code alg=RS256}, {@code typ=JWT}, a {@code kid} of
 * a key that still verifies, the signature, {@code exp}. Then the stored record (by the id in {@code jti}), so
 * that revocation and user/app state apply as to opaque tokens. {@code iss} is not compared with
 * the current base URL: a restart on another port must not invalidate tokens the signature
 * vouches for.
 */
public record JwtTokenVerifier(SigningKeys keys, TokenRepository tokens, Clock clock) implements TokenVerifier {
    /** Three dot-separated parts and no {@code !}: opaque tokens always contain one. */
    static boolean looksLikeJwt(String token) {
        return token.indexOf('!') < 0 && token.chars().filter(c -> c == '.').count() == 2;
    }

    @Override
    public boolean recognizes(String token) {
        return looksLikeJwt(token);
    }

    @Override
    public Optional<StoredToken> verify(String token) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            return Optional.empty();
        }
        if (!signedByUs(jwt) || !unexpired(jwt)) {
            return Optional.empty();
        }
        TokenRef ref = TokenRef.signed(jwtId(jwt).flatMap(TokenId::fromBase64), token);
        return tokens.find(ref).map(info -> new StoredToken(ref, info));
    }

    private boolean signedByUs(SignedJWT jwt) {
        JWSHeader header = jwt.getHeader();
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm()) || !JOSEObjectType.JWT.equals(header.getType())
                || header.getKeyID() == null) {
            return false;
        }
        Optional<RSAPublicKey> key = keys.verificationKey(header.getKeyID());
        try {
            return key.isPresent() && jwt.verify(new RSASSAVerifier(key.get()));
        } catch (JOSEException e) {
            return false;
        }
    }

    private static Optional<String> jwtId(SignedJWT jwt) {
        try {
            return Optional.ofNullable(jwt.getJWTClaimsSet().getJWTID());
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private boolean unexpired(SignedJWT jwt) {
        try {
            Date exp = jwt.getJWTClaimsSet().getExpirationTime();
            return exp != null && clock.instant().isBefore(exp.toInstant());
        } catch (ParseException e) {
            return false;
        }
    }
}
