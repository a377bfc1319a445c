package dev.signet.server.hostile;

import static dev.signet.server.hostile.Case.c;
import static dev.signet.server.hostile.Expect.rest;
import static dev.signet.server.hostile.IdentityCases.BAD_HEADER;
import static dev.signet.server.hostile.IdentityCases.BAD_SESSION;
import static dev.signet.server.hostile.Target.API;

import java.util.List;

/** The REST data API: authentication, versions, paths, record ids and hostile record bodies. */
final class RestCases {
    static final Expect NOT_FOUND = rest("NOT_FOUND", "The requested resource does not exist");
    static final Expect PARSER = rest("JSON_PARSER_ERROR", "");
    static final Expect TYPE = rest("INVALID_TYPE", "is not supported");
    private static final String ACCOUNTS = API + "/sobjects/Account";

    private RestCases() {}

    static List<Case> all(Target t) {
        String record = ACCOUNTS + "/" + t.accountId;
        return List.of(
                c("no Authorization", Req.get(API + "/sobjects"), 401, BAD_HEADER),
                c("Basic authentication", Req.get(API + "/sobjects").header("Authorization", "Basic dTpw"), 401,
                        BAD_HEADER),
                c("unknown token", Req.get(API + "/sobjects").bearer("00D000000000001!AQ0AQ"), 401, BAD_SESSION),
                c("token of 7,000 characters", Req.get(API + "/sobjects").bearer("x".repeat(7_000)), 401, BAD_SESSION),
                c("two Authorization headers", Req.get(API + "/sobjects").bearer(t.token).bearer("other"), 401,
                        BAD_HEADER),
                c("unknown oauth_token parameter", Req.get(API + "/sobjects?oauth_token=abc"), 401, BAD_SESSION),
                c("version 99", Req.get("/services/data/v99.0/sobjects").bearer(t.token), 404, NOT_FOUND),
                c("version 1", Req.get("/services/data/v1.0/sobjects").bearer(t.token), 404, NOT_FOUND),
                c("version not a number", Req.get("/services/data/vAB.0/sobjects").bearer(t.token), 404, NOT_FOUND),
                c("version of 3,000 digits", Req.get("/services/data/v" + "9".repeat(3_000) + ".0/sobjects")
                        .bearer(t.token), 404, NOT_FOUND),
                c("unknown resource", Req.get(API + "/nope").bearer(t.token), 404, NOT_FOUND),
                c("unknown sobject", Req.get(API + "/sobjects/Nope__c").bearer(t.token), 400, TYPE),
                c("sobject name with SQL", Req.get(API + "/sobjects/" + Req.enc("Account;DROP TABLE x")).bearer(t.token),
                        400, TYPE),
                c("sobject name of 3,000 characters", Req.get(API + "/sobjects/" + "A".repeat(3_000)).bearer(t.token),
                        400, TYPE),
                c("record id malformed", Req.get(ACCOUNTS + "/xyz").bearer(t.token), 404, NOT_FOUND),
                c("record id of 3,000 characters", Req.get(ACCOUNTS + "/" + "0".repeat(3_000)).bearer(t.token), 404,
                        NOT_FOUND),
                c("record id with NUL", Req.get(ACCOUNTS + "/001%00").bearer(t.token), 400, HttpCases.BAD_MESSAGE),
                c("record id of another object", Req.get(API + "/sobjects/Contact/" + t.accountId).bearer(t.token), 404,
                        NOT_FOUND),
                c("fields parameter unknown", Req.get(record + "?fields=Nope").bearer(t.token), 400,
                        rest("INVALID_FIELD", "Nope")),
                c("fields parameter of 1,000 names", Req.get(record + "?fields=" + "Name,".repeat(1_000) + "Bad")
                        .bearer(t.token), 400, rest("INVALID_FIELD", "Bad")),
                c("create: duplicate keys", create(t, "{\"Name\":\"a\",\"Name\":\"b\"}"), 400,
                        rest("JSON_PARSER_ERROR", "Duplicate field 'Name'")),
                c("create: NUL in a JSON key", create(t, "{\"Na\\u0000me\":\"a\"}"), 400, rest("INVALID_FIELD", "")),
                c("create: Name of 100,000 characters", create(t, "{\"Name\":\"" + "n".repeat(100_000) + "\"}"), 400,
                        rest("STRING_TOO_LONG", "Name")),
                c("create: Name an object", create(t, "{\"Name\":{\"a\":1}}"), 400, PARSER),
                c("create: unknown field", create(t, "{\"Name\":\"a\",\"Bogus__c\":1}"), 400,
                        rest("INVALID_FIELD", "Bogus__c")),
                c("create: Id given", create(t, "{\"Name\":\"a\",\"Id\":\"001000000000001AAA\"}"), 400,
                        rest("INVALID_FIELD_FOR_INSERT_UPDATE", "Id")),
                c("create: NumberOfEmployees 1e10", create(t, "{\"Name\":\"a\",\"NumberOfEmployees\":1e10}"), 400, PARSER),
                c("create: NumberOfEmployees 1.5", create(t, "{\"Name\":\"a\",\"NumberOfEmployees\":1.5}"), 400, PARSER),
                c("create: NumberOfEmployees a word", create(t, "{\"Name\":\"a\",\"NumberOfEmployees\":\"many\"}"), 400,
                        PARSER),
                c("create: AnnualRevenue -1e400", create(t, "{\"Name\":\"a\",\"AnnualRevenue\":-1e400}"), 400, PARSER),
                c("create: AnnualRevenue Infinity", create(t, "{\"Name\":\"a\",\"AnnualRevenue\":Infinity}"), 400,
                        PARSER),
                c("create: AnnualRevenue a huge string", create(t, "{\"Name\":\"a\",\"AnnualRevenue\":\"1e400\"}"), 400,
                        PARSER),
                c("create: a date that is no date", Req.post(API + "/sobjects/Opportunity").bearer(t.token).json(
                        "{\"Name\":\"o\",\"StageName\":\"Prospecting\",\"CloseDate\":\"2024-13-45\"}"), 400, PARSER),
                c("create: a date in year 99999", Req.post(API + "/sobjects/Opportunity").bearer(t.token).json(
                        "{\"Name\":\"o\",\"StageName\":\"Prospecting\",\"CloseDate\":\"99999-01-01\"}"), 400, PARSER),
                c("create: objects nested 100 deep", create(t, "{\"Name\":\"a\",\"Description\":"
                        + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}"), 400, PARSER),
                c("create: required Name missing", create(t, "{}"), 400, rest("REQUIRED_FIELD_MISSING", "Name")),
                c("create: JSON in an unknown charset", Req.post(ACCOUNTS).bearer(t.token)
                        .type("application/json; charset=bogus-7").body("{\"Name\":\"a\"}"), 415,
                        rest("INVALID_REQUEST", "unknown charset")),
                c("REST body over 1 MB", create(t, "{\"Name\":\"" + "n".repeat(1_100_000) + "\"}"), 413,
                        rest("INVALID_REQUEST", "Content Too Large")),
                c("update: unknown id", Req.method("PATCH", ACCOUNTS + "/001000000000009AAA").bearer(t.token)
                        .json("{\"Name\":\"b\"}"), 404, NOT_FOUND),
                c("update: body an array", Req.method("PATCH", record).bearer(t.token).json("[1]"), 400, PARSER),
                c("update: duplicate keys", Req.method("PATCH", record).bearer(t.token)
                        .json("{\"Name\":\"b\",\"Name\":\"c\"}"), 400, rest("JSON_PARSER_ERROR", "Duplicate field")),
                c("update: AnnualRevenue 1e400", Req.method("PATCH", record).bearer(t.token)
                        .json("{\"AnnualRevenue\":1e400}"), 400, PARSER),
                c("update: CreatedDate", Req.method("PATCH", record).bearer(t.token)
                        .json("{\"CreatedDate\":\"2020-01-01T00:00:00Z\"}"), 400,
                        rest("INVALID_FIELD_FOR_INSERT_UPDATE", "CreatedDate")),
                c("delete: malformed id", Req.method("DELETE", ACCOUNTS + "/%27%20OR%201%3D1").bearer(t.token), 404,
                        NOT_FOUND),
                c("POST to a record", Req.post(record).bearer(t.token).json("{}"), 404, NOT_FOUND),
                c("POST to the versions list", Req.post("/services/data").bearer(t.token).json("{}"), 405,
                        rest("METHOD_NOT_ALLOWED", "POST")),
                c("PUT a record", Req.method("PUT", record).bearer(t.token).json("{\"Name\":\"c\"}"), 404, NOT_FOUND),
                c("path traversal in the sobject", Req.get(API + "/sobjects/..%2F..%2Fadmin").bearer(t.token), 400,
                        TYPE));
    }

    private static Req create(Target t, String json) {
        return Req.post(ACCOUNTS).bearer(t.token).json(json);
    }
}
