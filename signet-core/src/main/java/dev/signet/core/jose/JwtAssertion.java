package dev.signet.core.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * The claims of a JWT bearer assertion (RFC 7523 §3), and the RS256 compact serialization of
 * them. Build with {@link #builder()}.
 *
 * <p>Related specifications: RFC 7523 §2.1 and §3; Salesforce "OAuth 2.0 JWT Bearer Flow".
 */
public final class JwtAssertion {
    private final String issuer;
    private final String subject;
    private final String audience;
    private final Instant expiresAt;
    private final Instant issuedAt;
    private final String jwtId;

    private JwtAssertion(Builder b) {
        this.issuer = Objects.requireNonNull(b.issuer, "issuer (the consumer key) must not be null");
        this.subject = Objects.requireNonNull(b.subject, "subject (the username) must not be null");
        this.audience = Objects.requireNonNull(b.audience, "audience (the login URL) must not be null");
        this.expiresAt = Objects.requireNonNull(b.expiresAt, "expiresAt must not be null");
        this.issuedAt = b.issuedAt;
        this.jwtId = b.jwtId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String issuer() {
        return issuer;
    }

    public String subject() {
        return subject;
    }

    public String audience() {
        return audience;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** The claims set, with {@code exp}/{@code iat} in whole seconds. */
    public JWTClaimsSet toClaims() {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience(audience)
                .expirationTime(Date.from(expiresAt));
        if (issuedAt != null) {
            claims.issueTime(Date.from(issuedAt));
        }
        if (jwtId != null) {
            claims.jwtID(jwtId);
        }
        return claims.build();
    }

    /** Signs the claims with RS256 (header {@code {"alg":"RS256","typ":"JWT"}}) and serializes. */
    public String sign(PrivateKey key) {
        Objects.requireNonNull(key, "key must not be null");
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, toClaims());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    @Override
    public String toString() {
        return "JwtAssertion[iss=" + issuer + ", sub=" + subject + ", aud=" + audience + ", exp=" + expiresAt + "]";
    }

    /** Builder for {@link JwtAssertion}. */
    public static final class Builder {
        private String issuer;
        private String subject;
        private String audience;
        private Instant expiresAt;
        private Instant issuedAt;
        private String jwtId;

        private Builder() {}

        /** {@code iss}: the connected app's consumer key. */
        public Builder issuer(String value) {
            this.issuer = value;
            return this;
        }

        /** {@code sub}: the username. */
        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        /** {@code aud}: the authorization server's login URL. */
        public Builder audience(String value) {
            this.audience = value;
            return this;
        }

        /** {@code exp}. */
        public Builder expiresAt(Instant value) {
            this.expiresAt = value;
            return this;
        }

        /** {@code iat} (optional). */
        public Builder issuedAt(Instant value) {
            this.issuedAt = value;
            return this;
        }

        /** {@code jti} (optional; single-use on servers that record it). */
        public Builder jwtId(String value) {
            this.jwtId = value;
            return this;
        }

        public JwtAssertion build() {
            return new JwtAssertion(this);
        }
    }
}
