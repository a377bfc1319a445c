package dev.signet.server.hostile;

import static dev.signet.server.hostile.Case.c;
import static dev.signet.server.hostile.Expect.json;
import static dev.signet.server.hostile.Expect.rest;
import static dev.signet.server.hostile.Target.API;

import java.util.List;

/** SOQL as an attacker writes it: injection, nesting, numbers out of range, and bad query locators. */
final class SoqlCases {
    static final Expect MALFORMED = rest("MALFORMED_QUERY", "");
    static final Expect LOCATOR = rest("INVALID_QUERY_LOCATOR", "");
    static final Expect RANGE = rest("NUMBER_OUTSIDE_VALID_RANGE", "");
    private static final String SELECT = "SELECT Id FROM Account WHERE ";

    private SoqlCases() {}

    static List<Case> all(Target t) {
        return List.of(
                c("q missing", Req.get(API + "/query").bearer(t.token), 400, MALFORMED),
                c("q blank", query(t, "   "), 400, MALFORMED),
                c("SELECT *", query(t, "SELECT * FROM Account"), 400, MALFORMED),
                c("injection OR '1'='1'", query(t, SELECT + "Name = 'x' OR '1'='1'"), 400, MALFORMED),
                c("injection DROP TABLE", query(t, SELECT + "Name = 'x'; DROP TABLE account"), 400, MALFORMED),
                c("injection UNION", query(t, "SELECT Id FROM Account UNION SELECT Id FROM User"), 400, MALFORMED),
                c("SQL comment", query(t, SELECT + "Name = 'x' -- comment"), 400, MALFORMED),
                c("block comment", query(t, "SELECT /* x */ Id FROM Account"), 400, MALFORMED),
                c("unterminated string", query(t, SELECT + "Name = 'x"), 400, MALFORMED),
                c("unknown escape", query(t, SELECT + "Name = 'a\\qb'"), 400, MALFORMED),
                c("NUL in the statement", query(t, "SELECT Id\0 FROM Account"), 400, MALFORMED),
                c("NUL escaped in a string", query(t, SELECT + "Name = '\\u0000'"), 200, json("totalSize", "0")),
                c("unknown field", query(t, "SELECT Nope FROM Account"), 400, rest("INVALID_FIELD", "Nope")),
                c("unknown object", query(t, "SELECT Id FROM Nope__c"), 400, rest("INVALID_TYPE", "Nope__c")),
                c("object name of 5,000 characters", query(t, "SELECT Id FROM " + "A".repeat(5_000)), 400,
                        rest("INVALID_TYPE", "")),
                c("parentheses 60 deep", query(t, SELECT + "(".repeat(60) + "Name = 'x'" + ")".repeat(60)), 400,
                        MALFORMED),
                c("parentheses 1,000 deep, unbalanced", query(t, SELECT + "(".repeat(1_000) + "Name = 'x'"), 400,
                        MALFORMED),
                c("NOT chained 1,000 times", query(t, SELECT + "NOT ".repeat(1_000) + "Name = 'x'"), 400, MALFORMED),
                c("subqueries nested 3 deep", query(t, "SELECT Id, (SELECT Id, (SELECT Id FROM Contacts) FROM Contacts)"
                        + " FROM Account"), 400, MALFORMED),
                c("relationship path 10 deep", query(t, "SELECT " + "Owner.".repeat(10) + "Name FROM Account"), 400,
                        rest("INVALID_FIELD", "")),
                c("LIMIT negative", query(t, "SELECT Id FROM Account LIMIT -1"), 400, MALFORMED),
                c("LIMIT 20 digits", query(t, "SELECT Id FROM Account LIMIT 99999999999999999999"), 400, MALFORMED),
                c("LIMIT a word", query(t, "SELECT Id FROM Account LIMIT ten"), 400, MALFORMED),
                c("OFFSET 2,001", query(t, "SELECT Id FROM Account OFFSET 2001"), 400, RANGE),
                c("OFFSET 20 digits", query(t, "SELECT Id FROM Account OFFSET 99999999999999999999"), 400, MALFORMED),
                c("number 1e400 in WHERE", query(t, SELECT + "AnnualRevenue > 1e400"), 400, MALFORMED),
                c("number of 400 digits in WHERE", query(t, SELECT + "AnnualRevenue > " + "9".repeat(400)), 200,
                        json("totalSize", "0")),
                c("date that is no date", query(t, SELECT + "CreatedDate > 2024-13-45T00:00:00Z"), 400, MALFORMED),
                c("LAST_N_DAYS of 12 digits", query(t, SELECT + "CreatedDate = LAST_N_DAYS:999999999999"), 400,
                        MALFORMED),
                c("LAST_N_DAYS negative", query(t, SELECT + "CreatedDate = LAST_N_DAYS:-1"), 400, MALFORMED),
                c("IN list of 300 values", query(t, SELECT + "Name IN (" + "'a',".repeat(299) + "'a')"), 200,
                        json("totalSize", "0")),
                c("ORDER BY unknown field", query(t, "SELECT Id FROM Account ORDER BY Nope"), 400,
                        rest("INVALID_FIELD", "Nope")),
                c("COUNT( unbalanced", query(t, "SELECT COUNT( FROM Account"), 400, MALFORMED),
                c("columns=true on a malformed query", Req.get(API + "/query?columns=true&q=SELECT").bearer(t.token),
                        400, MALFORMED),
                c("queryAll injection", Req.get(API + "/queryAll?q=" + Req.enc(SELECT + "Id = '' OR ''=''"))
                        .bearer(t.token), 400, MALFORMED),
                c("tooling query of a data object", Req.get(API + "/tooling/query?q=" + Req.enc("SELECT Id FROM Account"))
                        .bearer(t.token), 400, rest("INVALID_TYPE", "Account")),
                c("batch size of 20 digits", query(t, "SELECT Id FROM Account").header("Sforce-Query-Options",
                        "batchSize=99999999999999999999"), 200, json("done", "true")),
                c("locator unknown", Req.get(API + "/query/01gXXXXXXXXXXXXXXX-2000").bearer(t.token), 400, LOCATOR),
                c("locator of 5,000 characters", Req.get(API + "/query/" + "L".repeat(5_000)).bearer(t.token), 400,
                        LOCATOR),
                c("locator with traversal", Req.get(API + "/query/..%2F..%2Fx").bearer(t.token), 400, LOCATOR),
                c("locator with NUL", Req.get(API + "/query/01g%00-2000").bearer(t.token), 400, HttpCases.BAD_MESSAGE),
                c("locator with a negative offset", Req.get(API + "/query/01gAAAAAAAAAAAAAAA--5").bearer(t.token), 400,
                        LOCATOR),
                c("tooling locator unknown", Req.get(API + "/tooling/query/01gZZ-1").bearer(t.token), 400, LOCATOR));
    }

    private static Req query(Target t, String soql) {
        return Req.get(API + "/query?q=" + Req.enc(soql)).bearer(t.token);
    }
}
