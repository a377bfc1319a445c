package dev.signet.server.hostile;

import static dev.signet.server.hostile.Case.c;
import static dev.signet.server.hostile.Expect.plain;
import static dev.signet.server.hostile.Target.TOKEN;

import java.util.List;

/**
 * What the HTTP layer meets before any endpoint: unknown paths and methods, encoded traversal,
 * oversized request lines and headers, malformed requests and conflicting lengths (written on the
 * socket by {@link Raw}).
 */
final class HttpCases {
    static final Expect BAD_MESSAGE = plain("400 Bad Request");
    /** Javalin's reason for a 405. */
    static final String METHOD = "Method Not Allowed";
    static final String CHARSET = "the Content-Type names an unknown charset";

    static final Expect UNREADABLE = Expect.oauth("invalid_request", "the request body could not be read: Bad Request");
    /** What Jetty's parser refuses on an OAuth path: the reason phrase in the OAuth shape. */
    static final Expect OAUTH_BAD_MESSAGE = Expect.oauth("invalid_request", "Bad Request");

    private HttpCases() {}

    static List<Case> all(Target t) {
        String form = "grant_type=x";
        return List.of(
                c("no such path", Req.get("/nope"), 404, plain("not found")),
                c("unknown OAuth endpoint", Req.get("/services/oauth2/nope"), 404, plain("not found")),
                c("TRACE", Req.method("TRACE", "/"), 405, plain(METHOD)),
                c("unknown method", Raw.http11("BREW", "/services/oauth2/token", ""), 405,
                        Expect.oauth("invalid_request", METHOD)),
                c("method with odd characters", Raw.http11("G@T", "/", ""), 400, BAD_MESSAGE),
                c("dot segments", Raw.http11("GET", "/services/oauth2/../../etc/passwd", ""), 404, plain("not found")),
                c("encoded dot segments", Raw.http11("GET", "/services/%2e%2e/%2e%2e/etc/passwd", ""), 400, BAD_MESSAGE),
                c("encoded slash", Raw.http11("GET", "/services%2Foauth2%2Ftoken", ""), 404, plain("not found")),
                c("encoded NUL in the path", Raw.http11("GET", "/services/oauth2/token%00", ""), 400, BAD_MESSAGE),
                c("raw non-ASCII in the path", Raw.http11("GET", "/services/oauth2/tok\u00e9n", ""), 400, OAUTH_BAD_MESSAGE),
                c("URL of 20,000 characters", Req.get("/services/oauth2/userinfo?x=" + "u".repeat(20_000)), 414,
                        plain("414 URI Too Long")),
                c("header of 20,000 characters", Req.get("/").header("X-Big", "h".repeat(20_000)), 431,
                        plain("431 Request Header Fields Too Large")),
                c("500 headers", many(500), 431, plain("431 Request Header Fields Too Large")),
                c("request line garbage", Raw.lines("", "HELLO"), 400, BAD_MESSAGE),
                c("HTTP/1.1 without Host", Raw.lines("", "GET / HTTP/1.1"), 400, BAD_MESSAGE),
                c("two Content-Length headers", Raw.http11("POST", TOKEN, form, "Content-Type: "
                        + Req.FORM, "Content-Length: 12", "Content-Length: 5"), 400, OAUTH_BAD_MESSAGE),
                c("negative Content-Length", Raw.http11("POST", TOKEN, form, "Content-Length: -1"), 400, OAUTH_BAD_MESSAGE),
                c("Content-Length and chunked", Raw.http11("POST", TOKEN, "c\r\ngrant_type=x\r\n0\r\n\r\n",
                        "Content-Type: " + Req.FORM, "Content-Length: 3", "Transfer-Encoding: chunked"), 400, OAUTH_BAD_MESSAGE),
                c("chunk size not hex", Raw.http11("POST", TOKEN, "zz\r\nabc\r\n0\r\n\r\n", "Content-Type: " + Req.FORM,
                        "Transfer-Encoding: chunked"), 400, UNREADABLE),
                c("chunk size beyond int", Raw.http11("POST", TOKEN, "fffffffffffffffffff\r\nabc\r\n",
                        "Content-Type: " + Req.FORM, "Transfer-Encoding: chunked"), 400, UNREADABLE),
                c("body shorter than its Content-Length", Raw.http11("POST", TOKEN, "grant_type=x", "Content-Type: "
                        + Req.FORM, "Content-Length: 500"), 400, UNREADABLE),
                c("REST body cut short", Raw.http11("POST", Target.API + "/sobjects/Account", "{\"Na",
                        "Authorization: Bearer " + t.token, "Content-Type: application/json", "Content-Length: 90"), 400,
                        Expect.rest("INVALID_REQUEST", "could not be read")),
                c("NUL in a header", Raw.http11("GET", "/services/oauth2/userinfo", "", "Authorization: Bearer a\0b"),
                        400, OAUTH_BAD_MESSAGE),
                c("folded header", Raw.http11("GET", "/", "", "X-A: a", " folded"), 400, BAD_MESSAGE),
                c("header without a colon", Raw.http11("GET", "/", "", "NoColonHere"), 400, BAD_MESSAGE),
                c("space before the colon", Raw.http11("GET", "/", "", "Host : x"), 400, BAD_MESSAGE),
                c("Expect 100-continue over the limit", Raw.http11("POST", TOKEN, "", "Content-Type: " + Req.FORM,
                        "Content-Length: 50000000", "Expect: 100-continue"), 400, UNREADABLE));
    }

    private static Raw many(int count) {
        String[] headers = new String[count];
        for (int i = 0; i < count; i++) {
            headers[i] = "X-H" + i + ": " + "v".repeat(40);
        }
        return Raw.http11("GET", "/", "", headers);
    }
}
