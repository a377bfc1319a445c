package dev.signet.server.hostile;

import static dev.signet.server.hostile.Case.c;
import static dev.signet.server.hostile.Expect.oauth;
import static dev.signet.server.hostile.Req.enc;
import static dev.signet.server.hostile.Target.CALLBACK;
import static dev.signet.server.hostile.Target.TOKEN;
import static dev.signet.server.hostile.Target.VERIFIER;
import static dev.signet.server.hostile.Target.q;

import dev.signet.server.ServerFixture;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The token endpoint's form: grant types, parameters, content types and sizes, for every grant. */
final class TokenCases {
    static final Expect UNSUPPORTED = oauth("unsupported_grant_type", "grant type not supported");
    static final Expect INVALID_ASSERTION = oauth("invalid_grant", "invalid assertion");
    static final Expect NOT_APPROVED = oauth("invalid_grant", "user hasn't approved this consumer");
    static final Expect CLIENT_ID = oauth("invalid_client_id", "client identifier invalid");
    static final Expect INVALID_REQUEST = oauth("invalid_request", "invalid request");
    static final Expect INVALID_CODE = oauth("invalid_grant", "invalid authorization code");
    static final Expect BAD_REFRESH = oauth("invalid_grant", "expired access/refresh token");
    /** The Login History status each token-endpoint answer must leave (one of). */
    static final Map<Expect, Set<String>> HISTORY = Map.of(
            UNSUPPORTED, Set.of("Failed: Unsupported grant type"),
            INVALID_ASSERTION, Set.of("Failed: Invalid assertion", "Failed: Invalid Nonce"),
            NOT_APPROVED, Set.of("Failed: Invalid username"),
            CLIENT_ID, Set.of("Failed: Invalid client identifier"),
            INVALID_REQUEST, Set.of("Failed: Invalid request"),
            INVALID_CODE, Set.of("Failed: Invalid authorization code"),
            BAD_REFRESH, Set.of("Failed: Invalid refresh token"),
            ClaimCases.AUDIENCE, Set.of("Failed: Audience is invalid"),
            ClaimCases.EXPIRED, Set.of("Failed: Assertion expired"));
    private static final String GRANT = ServerFixture.JWT_BEARER_GRANT;

    private TokenCases() {}

    static List<Case> all(Target t) {
        // signed and well formed, refused only because no such user exists
        String nobody = "&assertion=" + enc(Jws.signed(t.claims("sub", q(Target.UNKNOWN_USER))));
        String code = "grant_type=authorization_code&client_id=" + enc(t.key()) + "&redirect_uri=" + enc(CALLBACK)
                + "&code_verifier=" + VERIFIER;
        String refresh = "grant_type=refresh_token&client_id=" + enc(t.key());
        return List.of(
                c("no body", Req.post(TOKEN), 400, UNSUPPORTED),
                c("empty form", Req.form(TOKEN, ""), 400, UNSUPPORTED),
                c("grant_type missing", Req.form(TOKEN, nobody.substring(1)), 400, UNSUPPORTED),
                c("grant_type repeated", Req.form(TOKEN, GRANT + "&" + GRANT + nobody), 400, UNSUPPORTED),
                c("grant_type password", Req.form(TOKEN, "grant_type=password&username=a&password=b"), 400, UNSUPPORTED),
                c("grant_type client_credentials", Req.form(TOKEN, "grant_type=client_credentials&client_id="
                        + enc(t.key())), 400, UNSUPPORTED),
                c("grant_type in upper case", Req.form(TOKEN, GRANT.toUpperCase() + nobody), 400, UNSUPPORTED),
                c("grant_type with a NUL", Req.form(TOKEN, GRANT + "%00" + nobody), 400, UNSUPPORTED),
                c("grant_type of 100,000 characters", Req.form(TOKEN, "grant_type=" + "g".repeat(100_000)), 400,
                        UNSUPPORTED),
                c("grant_type empty", Req.form(TOKEN, "grant_type=" + nobody), 400, UNSUPPORTED),
                c("parameters in the query string only", Req.post(TOKEN + "?" + GRANT + nobody).type(Req.FORM), 400,
                        UNSUPPORTED),
                c("JSON body", Req.post(TOKEN).json("{\"grant_type\":\"urn:ietf:params:oauth:grant-type:jwt-bearer\"}"),
                        400, UNSUPPORTED),
                c("multipart body", Req.post(TOKEN).type("multipart/form-data; boundary=x").body("--x\r\nContent-"
                        + "Disposition: form-data; name=\"grant_type\"\r\n\r\npassword\r\n--x--\r\n"), 400, UNSUPPORTED),
                c("text/plain body holding a form", Req.post(TOKEN).type("text/plain").body(GRANT + nobody), 400,
                        UNSUPPORTED),
                c("content type only starting like a form", Req.post(TOKEN).type(Req.FORM + "X").body(GRANT + nobody),
                        400, UNSUPPORTED),
                c("form with an unknown charset", Req.post(TOKEN).type(Req.FORM + "; charset=bogus-42")
                        .body(GRANT + nobody), 415, oauth("invalid_request", HttpCases.CHARSET)),
                c("form in Latin-1", Req.post(TOKEN).type(Req.FORM + "; charset=ISO-8859-1").body(GRANT + nobody), 400,
                        NOT_APPROVED),
                c("assertion missing", Req.form(TOKEN, GRANT), 400, INVALID_ASSERTION),
                c("assertion empty", Req.form(TOKEN, GRANT + "&assertion="), 400, INVALID_ASSERTION),
                c("assertion without =", Req.form(TOKEN, GRANT + "&assertion"), 400, INVALID_ASSERTION),
                c("assertion repeated", Req.form(TOKEN, GRANT + nobody + nobody), 400, INVALID_ASSERTION),
                c("assertion of 900 KB", Req.form(TOKEN, GRANT + "&assertion=" + "a".repeat(900_000)), 400,
                        INVALID_ASSERTION),
                c("body over 1 MB", Req.form(TOKEN, GRANT + "&assertion=" + "a".repeat(1_100_000)), 413,
                        oauth("invalid_request", "Content Too Large")),
                c("broken percent-encoding", Req.form(TOKEN, GRANT + "&assertion=%zz%4"), 400, oauth("invalid_request",
                        "malformed form body: '%' must be followed by two hexadecimal digits")),
                c("5,000 parameters", Req.form(TOKEN, GRANT + nobody + "&p=1".repeat(5_000)), 400, NOT_APPROVED),
                c("parameter name of 100,000 characters", Req.form(TOKEN, GRANT + nobody + "&" + "n".repeat(100_000)
                        + "=1"), 400, NOT_APPROVED),
                c("GET instead of POST", Req.get(TOKEN + "?" + GRANT + nobody), 405,
                        oauth("invalid_request", HttpCases.METHOD)),
                c("PUT instead of POST", Req.method("PUT", TOKEN).type(Req.FORM).body(GRANT + nobody), 405,
                        oauth("invalid_request", HttpCases.METHOD)),
                c("code unknown", Req.form(TOKEN, code + "&code=abc"), 400, INVALID_CODE),
                c("code missing", Req.form(TOKEN, code), 400, INVALID_REQUEST),
                c("code repeated", Req.form(TOKEN, code + "&code=a&code=b"), 400, INVALID_REQUEST),
                c("code of 100,000 characters", Req.form(TOKEN, code + "&code=" + "c".repeat(100_000)), 400, INVALID_CODE),
                c("code with NUL and unicode", Req.form(TOKEN, code + "&code=" + enc("a\0b\u202e\uD83D\uDE00")), 400,
                        INVALID_CODE),
                c("code grant client_id missing", Req.form(TOKEN, "grant_type=authorization_code&code=abc"), 400,
                        CLIENT_ID),
                c("code grant client_id repeated", Req.form(TOKEN, code + "&client_id=x&code=abc"), 400, CLIENT_ID),
                c("code grant client_id unknown", Req.form(TOKEN, "grant_type=authorization_code&client_id=3MVGnope"
                        + "&code=abc"), 400, CLIENT_ID),
                c("refresh_token unknown", Req.form(TOKEN, refresh + "&refresh_token=abc"), 400, BAD_REFRESH),
                c("refresh_token missing", Req.form(TOKEN, refresh), 400, BAD_REFRESH),
                c("refresh_token repeated", Req.form(TOKEN, refresh + "&refresh_token=a&refresh_token=b"), 400,
                        BAD_REFRESH),
                c("refresh_token of 100,000 characters", Req.form(TOKEN, refresh + "&refresh_token="
                        + "r".repeat(100_000)), 400, BAD_REFRESH),
                c("refresh_token with control characters", Req.form(TOKEN, refresh + "&refresh_token="
                        + enc("\0\r\n\u0007")), 400, BAD_REFRESH),
                c("refresh grant client_id missing", Req.form(TOKEN, "grant_type=refresh_token&refresh_token=abc"),
                        400, CLIENT_ID),
                c("refresh grant client_id SQL", Req.form(TOKEN, "grant_type=refresh_token&refresh_token=abc"
                        + "&client_id=" + enc("' OR '1'='1")), 400, CLIENT_ID));
    }
}
