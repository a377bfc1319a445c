package dev.signet.cli.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JWT bearer assertion built by hand as in Salesforce's "OAuth 2.0 JWT Bearer Flow" doc:
 * {@code base64url({"alg":"RS256"})}, a dot, {@code base64url(claims)}, signed with
 * {@code openssl dgst -sha256 -sign} and the signature base64url-encoded. {@code exp} is a JSON
 * string, like the doc's example ({@code "exp": "1333685628"}).
 */
final class OpensslAssertion {
    static final String HEADER = "{\"alg\":\"RS256\"}";
    /** Within the doc's "expiration time of the assertion within 3 minutes". */
    static final Duration LIFETIME = Duration.ofMinutes(2);
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private OpensslAssertion() {}

    /** An assertion for {@code iss}/{@code sub}/{@code aud}, valid for {@link #LIFETIME}, signed with {@code key}. */
    static String sign(Path key, String issuer, String subject, String audience) {
        return sign(key, claims(issuer, subject, audience));
    }

    /** {@code iss}, {@code sub}, {@code aud} and {@code exp} (now + {@link #LIFETIME}, as a string), in that order. */
    static Map<String, String> claims(String issuer, String subject, String audience) {
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("aud", audience);
        claims.put("exp", String.valueOf(Instant.now().plus(LIFETIME).getEpochSecond()));
        return claims;
    }

    /** The assertion with exactly these (string-valued) claims, signed with {@code key}. */
    static String sign(Path key, Map<String, String> claims) {
        String signingInput = b64(HEADER.getBytes(StandardCharsets.UTF_8)) + "."
                + b64(Json.write(claims).getBytes(StandardCharsets.UTF_8));
        byte[] signature = Openssl.signSha256(key, signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64(signature);
    }

    private static String b64(byte[] bytes) {
        return B64URL.encodeToString(bytes);
    }
}
