package dev.signet.server.hostile;

import static dev.signet.server.hostile.Case.c;
import static dev.signet.server.hostile.Expect.oauth;
import static dev.signet.server.hostile.Expect.rest;
import static dev.signet.server.hostile.Expect.revocation;

import java.util.List;

/** The identity URL, UserInfo and revocation: bad tokens, wrong ids, bad parameters and types. */
final class IdentityCases {
    static final Expect BAD_HEADER = rest("INVALID_AUTH_HEADER", "INVALID_AUTH_HEADER");
    static final Expect BAD_SESSION = rest("INVALID_SESSION_ID", "Session expired or invalid");
    static final Expect BAD_TOKEN = revocation("invalid_token", "Token was invalid");
    private static final String USERINFO = "/services/oauth2/userinfo";
    private static final String REVOKE = "/services/oauth2/revoke";

    private IdentityCases() {}

    static List<Case> all(Target t) {
        String id = "/id/" + t.orgId + "/" + t.userId;
        return List.of(
                c("identity without a token", Req.get(id), 401, BAD_HEADER),
                c("identity with an unknown token", Req.get(id).bearer("00Dxx!nope"), 401, BAD_SESSION),
                c("identity with a token of 7,000 characters", Req.get(id).bearer("t".repeat(7_000)), 401, BAD_SESSION),
                c("identity with Basic authentication", Req.get(id).header("Authorization", "Basic dTpw"), 401,
                        BAD_HEADER),
                c("identity with a bare Bearer", Req.get(id).header("Authorization", "Bearer"), 401, BAD_HEADER),
                c("identity of another user", Req.get("/id/" + t.orgId + "/005000000000001AAA").bearer(t.token), 403,
                        rest("BAD_ID", "Bad_Id")),
                c("identity with malformed ids", Req.get("/id/xyz/abc").bearer(t.token), 403, rest("BAD_ID", "Bad_Id")),
                c("identity with NUL in the path", Req.get("/id/xyz/%00").bearer(t.token), 400,
                        HttpCases.BAD_MESSAGE),
                c("identity with ids of 3,000 characters", Req.get("/id/" + "0".repeat(3_000) + "/1").bearer(t.token),
                        403, rest("BAD_ID", "Bad_Id")),
                c("identity with a forged JWT token", Req.get(id).bearer(Jws.signedByOther(Jws.RS256, "{\"sub\":\"x\"}")),
                        401, BAD_SESSION),
                c("identity with an oauth_token of SQL", Req.get(id + "?oauth_token=" + Req.enc("' OR 1=1 --")), 401,
                        BAD_SESSION),
                c("userinfo without a token", Req.get(USERINFO), 401, BAD_HEADER),
                c("userinfo with an unknown token", Req.get(USERINFO).bearer("garbage"), 401, BAD_SESSION),
                c("userinfo with an OAuth scheme and no token", Req.get(USERINFO).header("Authorization", "OAuth  "),
                        401, BAD_HEADER),
                c("userinfo with the token in a POST form", Req.form(USERINFO, "access_token=" + Req.enc(t.token)), 401,
                        BAD_HEADER),
                c("userinfo with an empty oauth_token", Req.get(USERINFO + "?oauth_token="), 401, BAD_HEADER),
                c("userinfo DELETE", Req.method("DELETE", USERINFO).bearer(t.token), 405,
                        oauth("invalid_request", HttpCases.METHOD)),
                c("revoke without a token", Req.form(REVOKE, ""), 400, BAD_TOKEN),
                c("revoke an unknown token", Req.form(REVOKE, "token=abc"), 400, BAD_TOKEN),
                c("revoke a token given twice", Req.form(REVOKE, "token=" + Req.enc(t.token) + "&token=x"), 400,
                        BAD_TOKEN),
                c("revoke with a token of 100,000 characters", Req.form(REVOKE, "token=" + "t".repeat(100_000)), 400,
                        BAD_TOKEN),
                c("revoke with an unknown token_type_hint", Req.form(REVOKE, "token=abc&token_type_hint=id_token"), 400,
                        revocation("unsupported_token_type", "Token type not supported")),
                c("revoke with token_type_hint twice", Req.form(REVOKE,
                        "token=abc&token_type_hint=access_token&token_type_hint=access_token"), 400,
                        revocation("unsupported_token_type", "Token type not supported")),
                c("revoke with a JSON body", Req.post(REVOKE).json("{\"token\":" + Target.q(t.token) + "}"), 400,
                        BAD_TOKEN),
                c("revoke with NUL in the token", Req.form(REVOKE, "token=%00%00"), 400, BAD_TOKEN),
                c("revoke asking for JSON", Req.form(REVOKE, "token=abc").header("Accept", "application/json"), 400,
                        oauth("invalid_token", "Token was invalid")),
                c("revoke by GET without parameters", Req.get(REVOKE), 400, BAD_TOKEN),
                c("revoke by GET with a SQL token", Req.get(REVOKE + "?token=" + Req.enc("' OR '1'='1")), 400,
                        BAD_TOKEN),
                c("revoke PUT", Req.method("PUT", REVOKE).type(Req.FORM).body("token=abc"), 405,
                        oauth("invalid_request", HttpCases.METHOD)),
                c("revoke with an unknown charset", Req.post(REVOKE).type(Req.FORM + "; charset=bogus-1")
                        .body("token=abc"), 415, oauth("invalid_request", HttpCases.CHARSET)),
                c("keys POST", Req.form("/id/keys", "x=1"), 405, Expect.plain(HttpCases.METHOD)));
    }
}
