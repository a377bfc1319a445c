package dev.signet.server.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import dev.signet.server.keys.SigningKeys;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;

/**
 * Salesforce's JWT-based access tokens: an RS256 JWS signed with the server's current key.
 * Header {@code alg}, {@code typ=JWT} (what sfdx-core and jsforce detect), {@code kid}, and
 * Salesforce's {@code tty}, {@code tnk}, {@code ver}. Claims: {@code iss} (base URL), {@code sub}
 * (identity URL), {@code aud} (array: base URL), {@code exp}, {@code iat}, {@code nbf},
 * {@code jti}, {@code scp} (space-separated, as Salesforce's Mobile SDK reads it),
 * {@code client_id}, {@code mty=oauth}, and Signet's {@code organization_id}, {@code user_id}.
 *
 * <p>Related specifications: RFC 7519, RFC 9068 (JWT profile for access tokens); Salesforce
 * "JWT-Based Access Tokens".
 */
public final class JwtAccessTokenIssuer implements AccessTokenIssuer {
    private final SigningKeys keys;
    /**
     * At most one signature per core at a time: a signature is a millisecond of pure CPU, and sixteen
     * request threads signing at once only time-slice the cores between them while the rest of
     * every request (its commit among it) waits behind.
     */
    private final Semaphore signing = new Semaphore(Runtime.getRuntime().availableProcessors());

    public JwtAccessTokenIssuer(SigningKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys must not be null");
    }

    @Override
    public String issue(TokenContext c) {
        SigningKeys.Signer signer = keys.signer();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(signer.kid())
                .customParam("tty", "sfdc-core-token").customParam("tnk", "core/signet/" + c.org().id())
                .customParam("ver", "1.0").build();
        JWSObject jws = new JWSObject(header, new Payload(claims(c)));
        signing.acquireUninterruptibly();
        try {
            jws.sign(signer.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a JWT access token with key " + signer.kid(), e);
        } finally {
            signing.release();
        }
        return jws.serialize();
    }

    @Override
    public boolean provesItself(TokenContext context) {
        return true;
    }

    // A map rather than JWTClaimsSet: Nimbus writes a one-element aud as a string, Salesforce an array.
    private static Map<String, Object> claims(TokenContext c) {
        long iat = c.info().issuedAt().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", c.baseUrl());
        claims.put("sub", c.identityUrl());
        claims.put("aud", List.of(c.baseUrl()));
        claims.put("exp", c.info().expiresAt().getEpochSecond());
        claims.put("iat", iat);
        claims.put("nbf", iat);
        claims.put("jti", c.id().base64()); // where the record is: the id the token is stored under
        claims.put("scp", String.join(" ", c.info().scopes()));
        claims.put("client_id", c.app().consumerKey());
        claims.put("mty", "oauth");
        claims.put("organization_id", c.org().id());
        claims.put("user_id", c.user().id());
        return claims;
    }
}
