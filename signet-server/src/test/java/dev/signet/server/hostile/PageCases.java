package dev.signet.server.hostile;

import static dev.signet.server.hostile.Case.c;
import static dev.signet.server.hostile.Expect.page;
import static dev.signet.server.hostile.Expect.redirect;
import static dev.signet.server.hostile.Target.AUTHORIZE;

import java.util.List;

/**
 * The console (logged in as an admin) and the authorization page: unknown things, overlong and
 * odd form fields, missing CSRF tokens, and authorization requests missing, repeating or bending
 * their parameters. Errors are HTML pages, or redirects to the verified callback.
 */
final class PageCases {
    static final Expect CLIENT_ID_PAGE = page("invalid_client_id");
    static final Expect REDIRECT_MISMATCH = page("redirect_uri_mismatch");
    static final Expect CSRF = page("CSRF check failed");
    private static final String C = "/console";

    private PageCases() {}

    static List<Case> all(Target t) {
        String user = C + "/users/" + Req.enc(t.user);
        String app = C + "/apps/" + Req.enc(t.key());
        String key = "client_id=" + Req.enc(t.key());
        return List.of(
                c("console: unknown page", Req.get(C + "/nope").console(), 404, page("404 Not Found")),
                c("console: unknown app", Req.get(C + "/apps/3MVGnope").console(), 404, page("3MVGnope")),
                c("console: unknown user", Req.get(C + "/users/nobody%40x.test").console(), 404, page("nobody@x.test")),
                c("console: user name with NUL", Req.get(C + "/users/a%00b").console(), 400, HttpCases.BAD_MESSAGE),
                c("console: new user of 10,000 characters", Req.fields(C + "/users", "username", "u".repeat(10_000)
                        + "@x.test", "lastName", "L").console(), 400, page("username")),
                c("console: new user with control characters", Req.fields(C + "/users", "username", "a\u0007\u0000@x.test",
                        "lastName", "L").console(), 400, page("control characters")),
                c("console: form in an unknown charset", Req.post(C + "/users").console().type(Req.FORM
                        + "; charset=bogus-2").body("username=x%40y.test"), 415, page("unknown charset")),
                c("console: new app with a garbage certificate", Req.fields(C + "/apps/new", "name", "G",
                        "certificatePem", "garbage", "scopes", "api").console(), 400, page("certificate")),
                c("console: new app named 10,000 characters", Req.fields(C + "/apps/new", "name", "n".repeat(10_000),
                        "certificatePem", dev.signet.core.keys.TestKeys.text(dev.signet.core.keys.TestKeys.SERVER_CRT),
                        "scopes", "api").console(), 400, page("name")),
                c("console: app description of 100,000 characters", Req.fields(app + "/edit", "description",
                        "d".repeat(100_000), "scopes", "api", "oauthEnabled", "on").console(), 400, page("description")),
                c("console: first name of 10,000 characters", Req.fields(user + "/edit", "firstName", "f".repeat(10_000),
                        "lastName", "L", "profile", "Integration").console(), 400, page("firstName")),
                c("console: delete an app unconfirmed", Req.fields(app + "/delete").console(), 400,
                        page("Tick the confirmation box")),
                c("console: password of 10,000 characters", Req.fields(user + "/password", "password", "p".repeat(10_000),
                        "confirm", "p".repeat(10_000)).console(), 400, page("200")),
                c("console: freeze an unknown user", Req.fields(C + "/users/nobody%40x.test/freeze").console(), 404,
                        page("nobody@x.test")),
                c("console: IP range of garbage", Req.fields(C + "/ip-ranges/add", "profile", "Integration", "start",
                        "not an address", "end", "10.0.0.1").console(), 400, page("not an address")),
                c("console: login history from a word", Req.get(C + "/login-history?from=yesterday").console(), 400,
                        page("is not a date or time")),
                c("console: login history status of 5,000 characters", Req.get(C + "/login-history?status="
                        + "s".repeat(5_000)).console(), 200, page("Login History")),
                c("console: POST without a CSRF token", Req.fields(C + "/users", "username", "csrf@x.test").console()
                        .noCsrf(), 403, CSRF),
                c("console: POST with a forged CSRF token", Req.fields(C + "/users", "csrf", "forged", "username",
                        "csrf@x.test").console().noCsrf(), 403, CSRF),
                c("console: POST without a session", Req.fields(C + "/users", "csrf", "x", "username", "s@x.test"), 403,
                        CSRF),
                c("console: login with a password of 100,000 characters", Req.fields(C + "/login", "username",
                        "nobody", "password", "p".repeat(100_000)).console(), 401, page("Wrong username or password.")),
                c("console: login with NUL in the username", Req.fields(C + "/login", "username", "ro\0ot",
                        "password", "x").console(), 401, page("Wrong username or password.")),
                c("console: setup again", Req.fields(C + "/setup", "adminSecret", "guess", "username", "x",
                        "password", "long enough pass", "confirm", "long enough pass").console(), 303,
                        redirect("/console/login")),
                c("console: anonymous", Req.get(C + "/apps"), 303, redirect("/console/login")),
                c("console: forged session cookie", Req.get(C + "/apps").header("Cookie", "signet_console=forged"), 303,
                        redirect("/console/login")),
                c("console: PUT a page", Req.method("PUT", C + "/apps").console(), 405, page("405 Method Not Allowed")),
                c("authorize: no parameters", Req.get(AUTHORIZE), 400, CLIENT_ID_PAGE),
                c("authorize: client_id unknown", Req.get(AUTHORIZE + "?" + t.authorizeQuery("").replace(key,
                        "client_id=3MVGnope")), 400, CLIENT_ID_PAGE),
                c("authorize: client_id repeated", Req.get(AUTHORIZE + "?" + t.authorizeQuery("&" + key)), 400,
                        CLIENT_ID_PAGE),
                c("authorize: client_id of 6,000 characters", Req.get(AUTHORIZE + "?client_id=" + "c".repeat(6_000)), 400,
                        CLIENT_ID_PAGE),
                c("authorize: client_id with NUL", Req.get(AUTHORIZE + "?client_id=%00"), 400, CLIENT_ID_PAGE),
                c("authorize: redirect_uri missing", Req.get(AUTHORIZE + "?" + key + "&response_type=code"), 400,
                        REDIRECT_MISMATCH),
                c("authorize: redirect_uri of another host", Req.get(AUTHORIZE + "?" + t.authorizeQuery("")
                        .replace(Req.enc(Target.CALLBACK), Req.enc("https://evil.test/cb"))), 400, REDIRECT_MISMATCH),
                c("authorize: redirect_uri javascript", Req.get(AUTHORIZE + "?" + t.authorizeQuery("")
                        .replace(Req.enc(Target.CALLBACK), "javascript%3Aalert(1)")), 400, REDIRECT_MISMATCH),
                c("authorize: redirect_uri repeated", Req.get(AUTHORIZE + "?" + t.authorizeQuery("&redirect_uri="
                        + Req.enc(Target.CALLBACK))), 400, REDIRECT_MISMATCH),
                c("authorize: redirect_uri with a longer path", Req.get(AUTHORIZE + "?" + t.authorizeQuery("")
                        .replace(Req.enc(Target.CALLBACK), Req.enc(Target.CALLBACK + "/../x"))), 400, REDIRECT_MISMATCH),
                c("authorize: response_type token", Req.get(AUTHORIZE + "?" + t.authorizeQuery("")
                        .replace("response_type=code", "response_type=token")), 302,
                        redirect("error=unsupported_response_type")),
                c("authorize: response_type repeated", Req.get(AUTHORIZE + "?" + t.authorizeQuery("&response_type=code")),
                        302, redirect("error=unsupported_response_type")),
                c("authorize: scope not allowed", Req.get(AUTHORIZE + "?" + t.authorizeQuery("").replace("scope=api",
                        "scope=api+full")), 302, redirect("error=invalid_scope")),
                c("authorize: scope of 5,000 characters", Req.get(AUTHORIZE + "?" + t.authorizeQuery("")
                        .replace("scope=api", "scope=" + "s".repeat(5_000))), 302, redirect("error=invalid_scope")),
                c("authorize: code_challenge missing", Req.get(AUTHORIZE + "?" + t.authorizeQuery("")
                        .replaceAll("&code_challenge=[^&]*", "")), 302, redirect("error=invalid_request")),
                c("authorize: code_challenge_method plain", Req.get(AUTHORIZE + "?" + t.authorizeQuery("")
                        .replace("S256", "plain")), 302, redirect("error=invalid_request")),
                c("authorize: code_challenge of 5,000 characters", Req.get(AUTHORIZE + "?" + t.authorizeQuery("")
                        .replaceAll("code_challenge=[^&]*", "code_challenge=" + "c".repeat(5_000))), 302,
                        redirect("error=invalid_request")),
                c("authorize: state with CR LF", Req.get(AUTHORIZE + "?" + t.authorizeQuery("").replace("state=s1",
                        "state=a%0D%0ASet-Cookie%3A+x%3D1").replace("S256", "plain")), 302,
                        redirect("state=a%0D%0ASet-Cookie")),
                c("authorize: state of 6,000 characters", Req.get(AUTHORIZE + "?" + t.authorizeQuery("").replace(
                        "state=s1", "state=" + "s".repeat(6_000)).replace("S256", "plain")), 302,
                        redirect("error=invalid_request")),
                c("authorize: login without a session", Req.fields(AUTHORIZE + "/login", "username", "x", "password",
                        "y"), 403, page("forbidden")),
                c("authorize: login with a forged CSRF token", Req.fields(AUTHORIZE + "/login", "csrf", "forged")
                        .authorizeSession().noCsrf(), 403, page("forbidden")),
                c("authorize: login without the request", Req.fields(AUTHORIZE + "/login", "username", "x", "password",
                        "y").authorizeSession(), 400, CLIENT_ID_PAGE),
                c("authorize: login with a username of 100,000 characters", Req.form(AUTHORIZE + "/login",
                        t.authorizeQuery("&username=" + "u".repeat(100_000) + "&password=x")).authorizeSession(), 401,
                        page("Please check your username and password")),
                c("authorize: login with NUL in the username", Req.form(AUTHORIZE + "/login", t.authorizeQuery(
                        "&username=" + Req.enc(t.user + "\0") + "&password=x")).authorizeSession(), 401,
                        page("Please check your username and password")),
                c("authorize: consent without a session", Req.fields(AUTHORIZE + "/consent", "decision", "allow"), 403,
                        page("forbidden")),
                c("authorize: logout without a session", Req.fields(AUTHORIZE + "/logout"), 403, page("forbidden")),
                c("authorize: DELETE", Req.method("DELETE", AUTHORIZE), 405, page("405 Method Not Allowed")),
                c("authorize: login form in an unknown charset", Req.post(AUTHORIZE + "/login").authorizeSession()
                        .type(Req.FORM + "; charset=bogus-3").body("username=x"), 415, page("unknown charset")),
                c("authorize: login body over 1 MB", Req.form(AUTHORIZE + "/login", "username=" + "u".repeat(1_100_000))
                        .authorizeSession(), 413, page("413 Content Too Large")));
    }
}
