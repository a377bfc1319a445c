package dev.signet.server.hostile;

import static dev.signet.server.hostile.Case.c;
import static dev.signet.server.hostile.Jws.b64;
import static dev.signet.server.hostile.Target.bearer;
import static dev.signet.server.hostile.Target.q;
import static dev.signet.server.hostile.TokenCases.INVALID_ASSERTION;
import static dev.signet.server.hostile.TokenCases.NOT_APPROVED;

import dev.signet.core.keys.TestKeys;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

/**
 * The JWT bearer assertion's form, header and signature: not a JWS, {@code alg} tricks, key
 * injection headers ({@code jwk}, {@code jku}, {@code x5u}, {@code x5c}, {@code kid}), critical
 * headers, payloads that are not one JSON object.
 */
final class AssertionCases {
    private AssertionCases() {}

    static List<Case> all(Target t) {
        String claims = t.claims("sub", q(Target.UNKNOWN_USER));
        String valid = Jws.signed(claims);
        String signature = valid.substring(valid.lastIndexOf('.') + 1);
        RSAPublicKey other = (RSAPublicKey) TestKeys.otherCertificate().getPublicKey();
        String attackerJwk = "{\"kty\":\"RSA\",\"n\":" + q(b64(other.getModulus().toByteArray())) + ",\"e\":\"AQAB\"}";
        String attackerCert = java.util.Base64.getEncoder().encodeToString(encoded(TestKeys.otherCertificate()));
        return List.of(
                c("not a JWT", bearer("hello"), 400, INVALID_ASSERTION),
                c("two segments", bearer(b64(Jws.RS256) + "." + b64(claims)), 400, INVALID_ASSERTION),
                c("four segments", bearer(valid + ".x"), 400, INVALID_ASSERTION),
                c("five segments (JWE shape)", bearer(b64("{\"alg\":\"RSA-OAEP\",\"enc\":\"A256GCM\"}") + ".a.b.c.d"),
                        400, INVALID_ASSERTION),
                c("header not base64url", bearer("!!!." + b64(claims) + "." + signature), 400, INVALID_ASSERTION),
                c("header not JSON", bearer(Jws.signed("nope", claims)), 400, INVALID_ASSERTION),
                c("header a JSON array", bearer(Jws.signed("[\"RS256\"]", claims)), 400, INVALID_ASSERTION),
                c("header with alg none then RS256", bearer(Jws.signed("{\"alg\":\"none\",\"alg\":\"RS256\"}", claims)),
                        400, INVALID_ASSERTION),
                c("header with alg RS256 then none", bearer(Jws.signed("{\"alg\":\"RS256\",\"alg\":\"none\"}", claims)),
                        400, INVALID_ASSERTION),
                c("header nested 10,000 deep", bearer(Jws.signed("{\"alg\":\"RS256\",\"x\":" + Jws.nested(10_000, "1")
                        + "}", claims)), 400, INVALID_ASSERTION),
                c("header of 600 KB", bearer(Jws.signed("{\"alg\":\"RS256\",\"x\":" + q("h".repeat(600_000)) + "}",
                        claims)), 400, INVALID_ASSERTION),
                c("header of 40 KB", bearer(Jws.signed("{\"alg\":\"RS256\",\"x\":" + q("h".repeat(40_000)) + "}",
                        claims)), 400, INVALID_ASSERTION),
                c("header of 15 KB", bearer(Jws.signed("{\"alg\":\"RS256\",\"x\":" + q("h".repeat(15_000)) + "}",
                        claims)), 400, NOT_APPROVED),
                c("alg missing", bearer(Jws.signed("{\"typ\":\"JWT\"}", claims)), 400, INVALID_ASSERTION),
                c("alg a number", bearer(Jws.signed("{\"alg\":256}", claims)), 400, INVALID_ASSERTION),
                c("alg null", bearer(Jws.signed("{\"alg\":null}", claims)), 400, INVALID_ASSERTION),
                c("alg none, unsigned", bearer(Jws.unsigned("{\"alg\":\"none\"}", claims)), 400, INVALID_ASSERTION),
                c("alg none with a signature", bearer(b64("{\"alg\":\"none\"}") + "." + b64(claims) + "." + signature),
                        400, INVALID_ASSERTION),
                c("alg None", bearer(Jws.unsigned("{\"alg\":\"None\"}", claims)), 400, INVALID_ASSERTION),
                c("alg NONE signed", bearer(Jws.signed("{\"alg\":\"NONE\"}", claims)), 400, INVALID_ASSERTION),
                c("alg HS256 keyed with the certificate PEM", bearer(Jws.hs256(claims,
                        TestKeys.bytes(TestKeys.SERVER_CRT))), 400, INVALID_ASSERTION),
                c("alg HS256 keyed with the public key DER", bearer(Jws.hs256(claims,
                        TestKeys.serverCertificate().getPublicKey().getEncoded())), 400, INVALID_ASSERTION),
                c("alg RS512", bearer(Jws.signed("{\"alg\":\"RS512\"}", claims)), 400, INVALID_ASSERTION),
                c("alg PS256", bearer(Jws.signed("{\"alg\":\"PS256\"}", claims)), 400, INVALID_ASSERTION),
                c("alg ES256", bearer(Jws.signed("{\"alg\":\"ES256\"}", claims)), 400, INVALID_ASSERTION),
                c("alg EdDSA", bearer(Jws.signed("{\"alg\":\"EdDSA\"}", claims)), 400, INVALID_ASSERTION),
                c("alg rs256 in lower case", bearer(Jws.signed("{\"alg\":\"rs256\"}", claims)), 400, INVALID_ASSERTION),
                c("jwk header with the attacker's key", bearer(Jws.signedByOther("{\"alg\":\"RS256\",\"jwk\":"
                        + attackerJwk + "}", claims)), 400, INVALID_ASSERTION),
                c("jku header to the attacker's keys", bearer(Jws.signedByOther("{\"alg\":\"RS256\",\"jku\":"
                        + "\"http://127.0.0.1:9/jwks.json\"}", claims)), 400, INVALID_ASSERTION),
                c("x5u header to the attacker's certificate", bearer(Jws.signedByOther("{\"alg\":\"RS256\",\"x5u\":"
                        + "\"http://127.0.0.1:9/cert.pem\"}", claims)), 400, INVALID_ASSERTION),
                c("x5c header with the attacker's certificate", bearer(Jws.signedByOther("{\"alg\":\"RS256\",\"x5c\":["
                        + q(attackerCert) + "]}", claims)), 400, INVALID_ASSERTION),
                c("kid path traversal", bearer(Jws.signedByOther("{\"alg\":\"RS256\",\"kid\":\"../../../../etc/passwd\"}",
                        claims)), 400, INVALID_ASSERTION),
                c("kid SQL injection", bearer(Jws.signedByOther("{\"alg\":\"RS256\",\"kid\":\"' OR '1'='1\"}", claims)),
                        400, INVALID_ASSERTION),
                c("kid of 100,000 characters", bearer(Jws.signedByOther("{\"alg\":\"RS256\",\"kid\":"
                        + q("k".repeat(100_000)) + "}", claims)), 400, INVALID_ASSERTION),
                c("crit header not understood", bearer(Jws.signed("{\"alg\":\"RS256\",\"crit\":[\"exp\"],\"exp\":1}",
                        claims)), 400, INVALID_ASSERTION),
                c("b64 false (unencoded payload)", bearer(Jws.signed("{\"alg\":\"RS256\",\"b64\":false,\"crit\":"
                        + "[\"b64\"]}", claims)), 400, INVALID_ASSERTION),
                c("signed by another key", bearer(Jws.signedByOther(Jws.RS256, claims)), 400, INVALID_ASSERTION),
                c("signature of another payload", bearer(b64(Jws.RS256) + "." + b64(t.claims()) + "." + signature), 400,
                        INVALID_ASSERTION),
                c("signature empty", bearer(b64(Jws.RS256) + "." + b64(claims) + "."), 400, INVALID_ASSERTION),
                c("signature not base64url", bearer(b64(Jws.RS256) + "." + b64(claims) + ".%%%"), 400,
                        INVALID_ASSERTION),
                c("signature truncated", bearer(valid.substring(0, valid.length() - 10)), 400, INVALID_ASSERTION),
                c("payload a JSON array", bearer(Jws.signed("[" + claims + "]")), 400, INVALID_ASSERTION),
                c("payload a JSON string", bearer(Jws.signed(q(claims))), 400, INVALID_ASSERTION),
                c("payload a number", bearer(Jws.signed("42")), 400, INVALID_ASSERTION),
                c("payload null", bearer(Jws.signed("null")), 400, INVALID_ASSERTION),
                c("payload empty", bearer(Jws.signed("")), 400, INVALID_ASSERTION),
                c("payload not JSON", bearer(Jws.signed("hello")), 400, INVALID_ASSERTION),
                c("payload truncated JSON", bearer(Jws.signed(claims.substring(0, claims.length() - 1))), 400,
                        INVALID_ASSERTION),
                c("payload with sub twice", bearer(Jws.signed(t.claims().replace("}", ",\"sub\":\"someone@else\"}"))),
                        400, INVALID_ASSERTION),
                c("payload with iss twice", bearer(Jws.signed(claims.replace("}", ",\"iss\":\"3MVGother\"}"))), 400,
                        INVALID_ASSERTION),
                c("payload nested 10,000 deep", bearer(Jws.signed(claims.replace("}", ",\"x\":"
                        + Jws.nested(10_000, "1") + "}"))), 400, INVALID_ASSERTION),
                c("payload objects nested 5,000 deep", bearer(Jws.signed(claims.replace("}", ",\"x\":"
                        + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) + "}"))), 400, INVALID_ASSERTION),
                c("payload nested 20 deep", bearer(Jws.signed(claims.replace("}", ",\"x\":" + Jws.nested(20, "1")
                        + "}"))), 400, NOT_APPROVED),
                c("payload nested 300 deep", bearer(Jws.signed(claims.replace("}", ",\"x\":" + Jws.nested(300, "1")
                        + "}"))), 400, INVALID_ASSERTION),
                c("payload with 90 claims", bearer(Jws.signed(claims.replace("}", manyClaims(90) + "}"))), 400,
                        NOT_APPROVED),
                c("payload with 200 claims", bearer(Jws.signed(claims.replace("}", manyClaims(200) + "}"))), 400,
                        INVALID_ASSERTION),
                c("payload with 20,000 claims", bearer(Jws.signed(claims.replace("}", manyClaims(20_000) + "}"))), 400,
                        INVALID_ASSERTION),
                c("payload in UTF-16", bearer(b64(Jws.RS256) + "." + Jws.b64(claims.getBytes(
                        java.nio.charset.StandardCharsets.UTF_16)) + "." + signature), 400, INVALID_ASSERTION));
    }

    private static String manyClaims(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(",\"c").append(i).append("\":").append(i);
        }
        return s.toString();
    }

    private static byte[] encoded(java.security.cert.X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
