package dev.signet.server.hostile;

import static dev.signet.server.hostile.Case.c;
import static dev.signet.server.hostile.Expect.admin;
import static dev.signet.server.hostile.Target.q;

import java.util.List;

/** The admin JSON API: authentication, paths, and bodies with overlong, odd or wrongly typed fields. */
final class AdminCases {
    static final String A = "/admin/api";
    static final Expect UNAUTHORIZED = admin("unauthorized", "missing or wrong admin secret");
    static final Expect NOT_FOUND = admin("not_found", "");
    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIBAAAA\n-----END CERTIFICATE-----\n";

    private AdminCases() {}

    static List<Case> all(Target t) {
        String app = A + "/apps/" + Req.enc(t.key());
        String user = A + "/users/" + Req.enc(t.user);
        return List.of(
                c("no secret", Req.get(A + "/org"), 401, UNAUTHORIZED),
                c("wrong secret", Req.get(A + "/org").bearer("guess"), 401, UNAUTHORIZED),
                c("secret of 7,000 characters", Req.get(A + "/org").bearer("s".repeat(7_000)), 401, UNAUTHORIZED),
                c("Basic scheme", Req.get(A + "/org").header("Authorization", "Basic dGVzdC1hZG1pbi1zZWNyZXQ="), 401,
                        UNAUTHORIZED),
                c("unknown path without a secret", Req.get(A + "/nope"), 401, UNAUTHORIZED),
                c("unknown path", Req.get(A + "/nope").admin(), 404, NOT_FOUND),
                c("PUT users", Req.method("PUT", A + "/users").admin().json("{}"), 405,
                        admin("invalid_request", HttpCases.METHOD)),
                c("JSON in an unknown charset", Req.post(A + "/users").admin().type("application/json; charset=x-y")
                        .body("{}"), 415, admin("invalid_request", "unknown charset")),
                c("user: username of 10,000 characters", user("{\"username\":" + q("u".repeat(10_000) + "@x.test")
                        + ",\"lastName\":\"L\"}"), 400, admin("invalid_request", "username")),
                c("user: username not an email", user("{\"username\":\"not an email\",\"lastName\":\"L\"}"), 400,
                        admin("invalid_request", "username")),
                c("user: username with NUL", user("{\"username\":\"a\\u0000@x.test\",\"lastName\":\"L\"}"), 400,
                        admin("invalid_request", "username must not contain control characters")),
                c("user: lastName of 10,000 characters", user("{\"username\":\"long-name@x.test\",\"lastName\":"
                        + q("l".repeat(10_000)) + "}"), 400, admin("invalid_request", "lastName")),
                c("user: email of 10,000 characters", user("{\"username\":\"long-mail@x.test\",\"lastName\":\"L\","
                        + "\"email\":" + q("e".repeat(10_000) + "@x.test") + "}"), 400, admin("invalid_request", "email")),
                c("user: profile of 10,000 characters", user("{\"username\":\"long-profile@x.test\",\"lastName\":\"L\","
                        + "\"profile\":" + q("p".repeat(10_000)) + "}"), 400, admin("invalid_request", "profile")),
                c("user: permissionSets not an array", user("{\"username\":\"ps@x.test\",\"lastName\":\"L\","
                        + "\"permissionSets\":7}"), 400, admin("invalid_request", "permissionSets must be an array")),
                c("user: duplicate keys", user("{\"username\":\"dup1@x.test\",\"username\":\"dup2@x.test\","
                        + "\"lastName\":\"L\"}"), 400, admin("invalid_request", "Duplicate field")),
                c("user: existing username", user("{\"username\":" + q(t.user) + ",\"lastName\":\"L\"}"), 409,
                        admin("conflict", "")),
                c("user update: firstName of 10,000 characters", Req.post(user + "/update").admin().json(
                        "{\"firstName\":" + q("f".repeat(10_000)) + "}"), 400, admin("invalid_request", "firstName")),
                c("user update: permission set with a line break", Req.post(user + "/update").admin().json(
                        "{\"permissionSets\":[\"a\\nb\"]}"), 400, admin("invalid_request", "control characters")),
                c("user update: lastName a number", Req.post(user + "/update").admin().json("{\"lastName\":[1]}"),
                        400, admin("invalid_request", "lastName must be a string")),
                c("user password of 10,000 characters", Req.post(user + "/password").admin().json("{\"password\":"
                        + q("p".repeat(10_000)) + "}"), 400, admin("invalid_request", "")),
                c("user: deactivate unknown", Req.post(A + "/users/nobody%40x.test/deactivate").admin(), 404, NOT_FOUND),
                c("user: path traversal", Req.get(A + "/users/..%2F..%2Forg").admin(), 404, NOT_FOUND),
                c("app: name of 10,000 characters", newApp("\"name\":" + q("n".repeat(10_000))), 400,
                        admin("invalid_request", "name")),
                c("app: certificate garbage", Req.post(A + "/apps").admin().json("{\"name\":\"G\",\"certificate\":"
                        + "\"garbage\"}"), 400, admin("invalid_request", "certificate")),
                c("app: certificate PEM with a garbage body", Req.post(A + "/apps").admin().json("{\"name\":\"G\","
                        + "\"certificate\":" + q(PEM) + "}"), 400, admin("invalid_request", "certificate")),
                c("app: certificateDer random bytes", Req.post(A + "/apps").admin().json("{\"name\":\"G\","
                        + "\"certificateDer\":\"AAECAwQFBgcICQ==\"}"), 400, admin("invalid_request", "certificate")),
                c("app: sessionTimeoutMinutes 1e400", newApp("\"sessionTimeoutMinutes\":1e400"), 400,
                        admin("invalid_request", "sessionTimeoutMinutes")),
                c("app: sessionTimeoutMinutes negative", newApp("\"sessionTimeoutMinutes\":-5"), 400,
                        admin("invalid_request", "sessionTimeoutMinutes")),
                c("app: sessionTimeoutMinutes beyond int", newApp("\"sessionTimeoutMinutes\":99999999999"), 400,
                        admin("invalid_request", "sessionTimeoutMinutes")),
                c("app: scope with SQL", newApp("\"scopes\":[\"api\",\"api' OR '1'='1\"]"), 400,
                        admin("invalid_request", "invalid scope")),
                c("app: 400 scopes", newApp("\"scopes\":[" + "\"refresh_token\",".repeat(399) + "\"api\"]"), 400,
                        admin("invalid_request", "scopes")),
                c("app: apiName of 10,000 characters", newApp("\"apiName\":" + q("A".repeat(10_000))), 400,
                        admin("invalid_request", "API name")),
                c("app: javascript callback URL", newApp("\"callbackUrls\":[\"javascript:alert(1)\"]"), 400,
                        admin("invalid_request", "javascript")),
                c("app: 5,000 callback URLs", newApp("\"callbackUrls\":[" + urls(5_000) + "]"), 400,
                        admin("invalid_request", "callbackUrls are too long")),
                c("app: description of 100,000 characters", newApp("\"description\":" + q("d".repeat(100_000))), 400,
                        admin("invalid_request", "description")),
                c("app: ipRelaxation unknown", newApp("\"ipRelaxation\":\"sometimes\""), 400,
                        admin("invalid_request", "ipRelaxation")),
                c("app settings: 400 scopes", Req.post(app + "/settings").admin().json("{\"scopes\":["
                        + "\"refresh_token\",".repeat(399) + "\"api\"]}"), 400, admin("invalid_request", "scopes")),
                c("app settings: javascript callback URL", Req.post(app + "/settings").admin().json(
                        "{\"callbackUrls\":[\"javascript:alert(1)\"]}"), 400, admin("invalid_request", "callback URL")),
                c("app policies: sessionTimeoutMinutes zero", Req.post(app + "/policies").admin().json(
                        "{\"sessionTimeoutMinutes\":0}"), 400, admin("invalid_request", "sessionTimeoutMinutes")),
                c("app: unknown", Req.get(A + "/apps/3MVGnope").admin(), 404, NOT_FOUND),
                c("app: disable unknown", Req.post(A + "/apps/3MVGnope/disable").admin(), 404, NOT_FOUND),
                c("app: add a garbage certificate", Req.post(app + "/certificates").admin().json("{\"certificate\":"
                        + q(PEM) + "}"), 400, admin("invalid_request", "certificate")),
                c("app: grant a profile of 10,000 characters", Req.post(app + "/grants").admin().json("{\"profile\":"
                        + q("p".repeat(10_000)) + "}"), 400, admin("invalid_request", "profile")),
                c("app: approve scopes the app lacks", Req.post(app + "/approvals").admin().json("{\"username\":"
                        + q(t.user) + ",\"scopes\":[\"full\"," + "\"x\",".repeat(500) + "\"x\"]}"), 400,
                        admin("invalid_request", "scopes must be scopes of the app")),
                c("app: approve an unknown user", Req.post(app + "/approvals").admin().json("{\"username\":"
                        + "\"nobody@x.test\"}"), 404, NOT_FOUND),
                c("ip range: start not an address", ipRange("\"start\":\"999.1.1.1\",\"end\":\"10.0.0.1\""), 400,
                        admin("invalid_request", "999.1.1.1")),
                c("ip range: start after end", ipRange("\"start\":\"10.0.0.9\",\"end\":\"10.0.0.1\""), 400,
                        admin("invalid_request", "")),
                c("ip range: IPv4 to IPv6", ipRange("\"start\":\"10.0.0.1\",\"end\":\"::1\""), 400,
                        admin("invalid_request", "")),
                c("ip range: profile of 10,000 characters", Req.post(A + "/ip-ranges").admin().json("{\"profile\":"
                        + q("p".repeat(10_000)) + ",\"start\":\"10.0.0.1\"}"), 400, admin("invalid_request", "profile")),
                c("ip range: description of 10,000 characters", ipRange("\"start\":\"10.0.0.1\",\"end\":\"10.0.0.2\","
                        + "\"description\":" + q("d".repeat(10_000))), 400, admin("invalid_request", "description")),
                c("object: name without __c", object("\"name\":\"Plain\",\"fields\":[]"), 400, admin("invalid_request", "")),
                c("object: name of 10,000 characters", object("\"name\":" + q("O".repeat(10_000) + "__c")
                        + ",\"fields\":[]"), 400, admin("invalid_request", "")),
                c("object: label of 10,000 characters", object("\"name\":\"Hz__c\",\"label\":" + q("L".repeat(10_000))
                        + ",\"fields\":[]"), 400, admin("invalid_request", "label")),
                c("object: unknown field type", object("\"name\":\"Hx__c\",\"fields\":[{\"name\":\"F__c\",\"type\":"
                        + "\"blob\"}]"), 400, admin("invalid_request", "blob")),
                c("object: the same field twice", object("\"name\":\"Hy__c\",\"fields\":[{\"name\":\"F__c\",\"type\":"
                        + "\"Text\"},{\"name\":\"F__c\",\"type\":\"Text\"}]"), 400, admin("invalid_request", "F__c")),
                c("login history: limit a word", Req.get(A + "/login-history?limit=many").admin(), 400,
                        admin("invalid_request", "limit must be a number")),
                c("login history search: limit of 30 digits", Req.get(A + "/login-history/search?limit="
                        + "9".repeat(30)).admin(), 400, admin("invalid_request", "limit must be a number")),
                c("login history search: from a word", Req.get(A + "/login-history/search?from=yesterday").admin(), 400,
                        admin("invalid_request", "is not a date or time")),
                c("signing key: retire unknown", Req.post(A + "/signing-keys/nope/retire").admin(), 404, NOT_FOUND),
                c("console admin: short password", Req.post(A + "/console-admins").admin().json("{\"username\":"
                        + "\"ops\",\"password\":\"x\"}"), 400, admin("invalid_request", "")),
                c("console admin: username of 10,000 characters", Req.post(A + "/console-admins").admin().json(
                        "{\"username\":" + q("a".repeat(10_000)) + ",\"password\":\"long enough password 1\"}"), 400,
                        admin("invalid_request", "username")),
                c("body nested 100 deep", user("{\"username\":" + Jws.nested(100, "1") + "}"), 400,
                        admin("invalid_request", "")),
                c("admin body over 1 MB", user("{\"username\":" + q("u".repeat(1_100_000)) + "}"), 413,
                        admin("invalid_request", "")));
    }

    private static String urls(int count) {
        StringBuilder urls = new StringBuilder();
        for (int i = 0; i < count; i++) {
            urls.append(i == 0 ? "" : ",").append("\"https://x.test/cb").append(i).append('"');
        }
        return urls.toString();
    }

    private static Req user(String json) {
        return Req.post(A + "/users").admin().json(json);
    }

    private static Req newApp(String field) {
        return Req.post(A + "/apps").admin().json("{\"name\":" + q("Hostile App " + java.util.UUID.randomUUID())
                + ",\"certificate\":"
                + q(dev.signet.core.keys.TestKeys.text(dev.signet.core.keys.TestKeys.SERVER_CRT)) + "," + field + "}");
    }

    private static Req ipRange(String fields) {
        return Req.post(A + "/ip-ranges").admin().json("{\"profile\":\"Integration\"," + fields + "}");
    }

    private static Req object(String fields) {
        return Req.post(A + "/objects").admin().json("{" + fields + "}");
    }
}
