package dev.signet.server.hostile;

import static dev.signet.server.hostile.Case.c;
import static dev.signet.server.hostile.Expect.oauth;
import static dev.signet.server.hostile.Target.bearer;
import static dev.signet.server.hostile.Target.q;
import static dev.signet.server.hostile.TokenCases.CLIENT_ID;
import static dev.signet.server.hostile.TokenCases.INVALID_ASSERTION;
import static dev.signet.server.hostile.TokenCases.NOT_APPROVED;

import java.time.Instant;
import java.util.List;

/**
 * The claims of a signed JWT bearer assertion: wrong types, missing and repeated values, numbers
 * out of every range ({@code exp}, {@code nbf}, {@code iat}), overlong and odd strings, replay.
 * A case that passes every check is sent for a user that does not exist, so no case can get a
 * token; far-future {@code exp} values go to a strict app, whose lifetime bound refuses them.
 */
final class ClaimCases {
    static final Expect AUDIENCE = oauth("invalid_grant", "audience is invalid");
    static final Expect EXPIRED = oauth("invalid_grant", "expired authorization code");

    private ClaimCases() {}

    static List<Case> all(Target t) {
        long now = Instant.now().getEpochSecond();
        return List.of(
                c("iss missing", nobody(t, "iss", null), 400, CLIENT_ID),
                c("iss unknown", nobody(t, "iss", q("3MVGunknown")), 400, CLIENT_ID),
                c("iss of 100,000 characters", nobody(t, "iss", q("i".repeat(100_000))), 400, INVALID_ASSERTION),
                c("iss of 30,000 characters", nobody(t, "iss", q("i".repeat(30_000))), 400, CLIENT_ID),
                c("iss with a NUL", nobody(t, "iss", q(t.key() + "\0")), 400, CLIENT_ID),
                c("iss a number", nobody(t, "iss", "42"), 400, INVALID_ASSERTION),
                c("iss an array", nobody(t, "iss", "[" + q(t.key()) + "]"), 400, INVALID_ASSERTION),
                c("sub missing", signed(t.claims("sub", null)), 400, INVALID_ASSERTION),
                c("sub a number", signed(t.claims("sub", "42")), 400, INVALID_ASSERTION),
                c("sub an object", signed(t.claims("sub", "{\"u\":1}")), 400, INVALID_ASSERTION),
                c("sub of 100,000 characters", signed(t.claims("sub", q("s".repeat(100_000)))), 400, INVALID_ASSERTION),
                c("sub of 30,000 characters", signed(t.claims("sub", q("s".repeat(30_000)))), 400, NOT_APPROVED),
                c("sub with NUL and control characters", signed(t.claims("sub", q(t.user + "\0\r\n"))), 400,
                        NOT_APPROVED),
                c("sub with right-to-left override and emoji", signed(t.claims("sub", q("\u202euser\uD83D\uDE00@x"))),
                        400, NOT_APPROVED),
                c("sub SQL injection", signed(t.claims("sub", q("' OR '1'='1' --"))), 400, NOT_APPROVED),
                c("sub a lone surrogate", signed(t.claims("sub", "\"\\ud800@x\"")), 400, NOT_APPROVED),
                c("prn a number", signed(t.claims("prn", "7")), 400, INVALID_ASSERTION),
                c("aud missing", nobody(t, "aud", null), 400, AUDIENCE),
                c("aud another server", nobody(t, "aud", q("https://evil.example")), 400, AUDIENCE),
                c("aud a number", nobody(t, "aud", "1"), 400, INVALID_ASSERTION),
                c("aud an object", nobody(t, "aud", "{}"), 400, INVALID_ASSERTION),
                c("aud an array of numbers", nobody(t, "aud", "[1,2]"), 400, INVALID_ASSERTION),
                c("aud 10,000 wrong values", nobody(t, "aud", "[" + "\"x\",".repeat(9_999) + "\"x\"]"), 400, AUDIENCE),
                c("exp missing", nobody(t, "exp", null), 400, INVALID_ASSERTION),
                c("exp an hour ago", nobody(t, "exp", String.valueOf(now - 3600)), 400, EXPIRED),
                c("exp zero", nobody(t, "exp", "0"), 400, EXPIRED),
                c("exp negative", nobody(t, "exp", "-1"), 400, EXPIRED),
                c("exp -1e300", nobody(t, "exp", "-1e300"), 400, EXPIRED),
                c("exp Long.MIN_VALUE", nobody(t, "exp", String.valueOf(Long.MIN_VALUE)), 400, EXPIRED),
                c("exp below Long.MIN_VALUE", nobody(t, "exp", "-9223372036854775809"), 400, EXPIRED),
                c("exp a numeric string in the past", nobody(t, "exp", "\"1000\""), 400, EXPIRED),
                c("exp a word", nobody(t, "exp", "\"tomorrow\""), 400, INVALID_ASSERTION),
                c("exp an empty string", nobody(t, "exp", "\"\""), 400, INVALID_ASSERTION),
                c("exp true", nobody(t, "exp", "true"), 400, INVALID_ASSERTION),
                c("exp an object", nobody(t, "exp", "{\"s\":1}"), 400, INVALID_ASSERTION),
                c("exp an array", nobody(t, "exp", "[" + (now + 60) + "]"), 400, INVALID_ASSERTION),
                c("exp a fraction", nobody(t, "exp", (now + 60) + ".5"), 400, INVALID_ASSERTION),
                c("exp NaN", nobody(t, "exp", "NaN"), 400, INVALID_ASSERTION),
                c("exp Infinity", nobody(t, "exp", "Infinity"), 400, INVALID_ASSERTION),
                c("exp 1e400", nobody(t, "exp", "1e400"), 400, INVALID_ASSERTION),
                c("exp of 5,000 digits", nobody(t, "exp", "9".repeat(5_000)), 400, INVALID_ASSERTION),
                c("exp 1e300 for a strict app", strict(t, "exp", "1e300"), 400, INVALID_ASSERTION),
                c("exp Long.MAX_VALUE for a strict app", strict(t, "exp", String.valueOf(Long.MAX_VALUE)), 400,
                        INVALID_ASSERTION),
                c("exp beyond Long.MAX_VALUE for a strict app", strict(t, "exp", "9223372036854775808"), 400,
                        INVALID_ASSERTION),
                c("exp in milliseconds for a strict app", strict(t, "exp", String.valueOf((now + 60) * 1000)), 400,
                        INVALID_ASSERTION),
                c("exp 1e300 is not expired", nobody(t, "exp", "1e300"), 400, NOT_APPROVED),
                c("exp Long.MAX_VALUE is not expired", nobody(t, "exp", String.valueOf(Long.MAX_VALUE)), 400,
                        NOT_APPROVED),
                c("nbf in an hour", nobody(t, "nbf", String.valueOf(now + 3600)), 400, INVALID_ASSERTION),
                c("nbf 1e300", nobody(t, "nbf", "1e300"), 400, INVALID_ASSERTION),
                c("nbf Long.MAX_VALUE", nobody(t, "nbf", String.valueOf(Long.MAX_VALUE)), 400, INVALID_ASSERTION),
                c("nbf a word", nobody(t, "nbf", "\"now\""), 400, INVALID_ASSERTION),
                c("nbf -1e300", nobody(t, "nbf", "-1e300"), 400, NOT_APPROVED),
                c("iat 1e300", nobody(t, "iat", "1e300"), 400, NOT_APPROVED),
                c("iat a word", nobody(t, "iat", "\"yesterday\""), 400, NOT_APPROVED),
                c("iat negative", nobody(t, "iat", "-1"), 400, NOT_APPROVED),
                c("iat NaN", nobody(t, "iat", "NaN"), 400, INVALID_ASSERTION),
                c("jti of 256 characters", nobody(t, "jti", q("j".repeat(256))), 400, INVALID_ASSERTION),
                c("jti of 100,000 characters", nobody(t, "jti", q("j".repeat(100_000))), 400, INVALID_ASSERTION),
                c("jti a number", nobody(t, "jti", "12345"), 400, INVALID_ASSERTION),
                c("jti missing for a strict app", strict(t, "jti", null), 400, INVALID_ASSERTION),
                c("jti blank for a strict app", strict(t, "jti", q("  ")), 400, INVALID_ASSERTION),
                c("jti replayed", bearer(t.replayed), 400, INVALID_ASSERTION));
    }

    private static Req signed(String claims) {
        return bearer(Jws.signed(claims));
    }

    // valid but for the one claim, for a user who does not exist
    private static Req nobody(Target t, String claim, String value) {
        return signed(t.claims("sub", q(Target.UNKNOWN_USER), claim, value));
    }

    private static Req strict(Target t, String claim, String value) {
        return signed(Target.claimsOf(t.strictApp.consumerKey(), t.user, t.baseUrl(), "jti",
                q(java.util.UUID.randomUUID().toString()), claim, value));
    }
}
