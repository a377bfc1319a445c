package dev.signet.server.hostile;

import static dev.signet.server.hostile.Case.c;
import static dev.signet.server.hostile.Expect.json;
import static dev.signet.server.hostile.Expect.oauth;
import static dev.signet.server.hostile.Target.INTROSPECT;
import static dev.signet.server.hostile.Target.introspect;
import static dev.signet.server.hostile.Target.q;

import dev.signet.core.keys.TestKeys;
import java.time.Instant;
import java.util.List;

/**
 * Client authentication by {@code client_assertion} (RFC 7523 §2.2) at the introspection
 * endpoint: every refusal is 401 {@code invalid_client} without a description, whatever is wrong.
 */
final class ClientAuthCases {
    static final Expect INVALID_CLIENT = oauth("invalid_client", null);
    private static final String TYPE = "client_assertion_type=" + Req.enc(
            "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");

    private ClientAuthCases() {}

    static List<Case> all(Target t) {
        String valid = Jws.signed(t.clientClaims());
        long now = Instant.now().getEpochSecond();
        return List.of(
                c("no client authentication", Req.form(INTROSPECT, "token=abc"), 401, INVALID_CLIENT),
                c("client_assertion_type missing", Req.form(INTROSPECT, "client_assertion=" + valid + "&token=a"), 401,
                        INVALID_CLIENT),
                c("client_assertion_type wrong", Req.form(INTROSPECT, "client_assertion_type=urn%3Ax&client_assertion="
                        + valid + "&token=a"), 401, INVALID_CLIENT),
                c("client_assertion_type repeated", Req.form(INTROSPECT, TYPE + "&" + TYPE + "&client_assertion="
                        + valid + "&token=a"), 401, INVALID_CLIENT),
                c("client_assertion missing", Req.form(INTROSPECT, TYPE + "&token=a"), 401, INVALID_CLIENT),
                c("client_assertion repeated", introspect(valid, "&client_assertion=" + valid + "&token=a"), 401,
                        INVALID_CLIENT),
                c("client_assertion not a JWT", introspect("not-a-jwt", "&token=a"), 401, INVALID_CLIENT),
                c("client_assertion alg none", introspect(Jws.unsigned("{\"alg\":\"none\"}", t.clientClaims()),
                        "&token=a"), 401, INVALID_CLIENT),
                c("client_assertion HS256 with the public key", introspect(Jws.hs256(t.clientClaims(),
                        TestKeys.bytes(TestKeys.SERVER_CRT)), "&token=a"), 401, INVALID_CLIENT),
                c("client_assertion jwk injection", introspect(Jws.signedByOther("{\"alg\":\"RS256\",\"jwk\":{\"kty\":"
                        + "\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}}", t.clientClaims()), "&token=a"), 401, INVALID_CLIENT),
                c("client_assertion signed by another key", introspect(Jws.signedByOther(Jws.RS256, t.clientClaims()),
                        "&token=a"), 401, INVALID_CLIENT),
                c("client_assertion payload an array", introspect(Jws.signed("[" + t.clientClaims() + "]"), "&token=a"),
                        401, INVALID_CLIENT),
                c("client_assertion payload with iss twice", introspect(Jws.signed(t.clientClaims().replace("}",
                        ",\"iss\":\"3MVGother\"}")), "&token=a"), 401, INVALID_CLIENT),
                c("client_assertion payload nested 10,000 deep", introspect(Jws.signed(t.clientClaims().replace("}",
                        ",\"x\":" + Jws.nested(10_000, "0") + "}")), "&token=a"), 401, INVALID_CLIENT),
                c("client_assertion sub not iss", introspect(Jws.signed(t.clientClaims("sub", q(t.user))), "&token=a"),
                        401, INVALID_CLIENT),
                c("client_assertion iss unknown", introspect(Jws.signed(t.clientClaims("iss", q("3MVGx"), "sub",
                        q("3MVGx"))), "&token=a"), 401, INVALID_CLIENT),
                c("client_assertion aud wrong", introspect(Jws.signed(t.clientClaims("aud", q("https://x.example"))),
                        "&token=a"), 401, INVALID_CLIENT),
                c("client_assertion exp missing", introspect(Jws.signed(t.clientClaims("exp", null)), "&token=a"), 401,
                        INVALID_CLIENT),
                c("client_assertion expired", introspect(Jws.signed(t.clientClaims("exp", String.valueOf(now - 600))),
                        "&token=a"), 401, INVALID_CLIENT),
                c("client_assertion exp 1e300", introspect(Jws.signed(t.clientClaims("exp", "1e300")), "&token=a"),
                        401, INVALID_CLIENT),
                c("client_assertion exp Long.MAX_VALUE", introspect(Jws.signed(t.clientClaims("exp",
                        String.valueOf(Long.MAX_VALUE))), "&token=a"), 401, INVALID_CLIENT),
                c("client_assertion exp a word", introspect(Jws.signed(t.clientClaims("exp", "\"soon\"")), "&token=a"),
                        401, INVALID_CLIENT),
                c("client_assertion nbf far future", introspect(Jws.signed(t.clientClaims("nbf", "1e300")), "&token=a"),
                        401, INVALID_CLIENT),
                c("client_assertion jti of 300 characters", introspect(Jws.signed(t.clientClaims("jti",
                        q("j".repeat(300)))), "&token=a"), 401, INVALID_CLIENT),
                c("client_secret sent as well", introspect(valid, "&client_secret=s&token=a"), 401, INVALID_CLIENT),
                c("client_id of another app", introspect(valid, "&client_id=3MVGother&token=a"), 401, INVALID_CLIENT),
                c("client_assertion as JSON body", Req.post(INTROSPECT).json("{\"client_assertion\":" + q(valid) + "}"),
                        401, INVALID_CLIENT),
                c("authenticated, token missing", introspect(valid, ""), 400,
                        oauth("invalid_request", "token is required, once")),
                c("authenticated, token repeated", introspect(valid, "&token=a&token=b"), 400,
                        oauth("invalid_request", "token is required, once")),
                c("authenticated, token unknown", introspect(valid, "&token=abc"), 200, json("active", "false")),
                c("authenticated, token of 100,000 characters", introspect(valid, "&token=" + "t".repeat(100_000)), 200,
                        json("active", "false")),
                c("authenticated, token a forged JWT", introspect(valid, "&token=" + Jws.signedByOther(Jws.RS256,
                        "{\"sub\":\"x\"}")), 200, json("active", "false")));
    }
}
