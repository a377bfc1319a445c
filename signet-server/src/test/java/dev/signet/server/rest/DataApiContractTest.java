package dev.signet.server.rest;

import static dev.signet.server.data.DataApiClient.error;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import dev.signet.server.data.DataApiClient;
import dev.signet.server.model.ConnectedApp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The REST data API against a real server: every resource, every error shape, the Salesforce
 * CLI's queries, and custom objects through the admin API. Subclasses pick the database
 * ({@link dev.signet.server.OnDatabase}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DataApiContractTest {
    static final String NO_SUCH_FIELD_HINT = "If you are attempting to use a custom field, be sure to append the "
            + "'__c' after the custom field name. Please reference your WSDL or the describe call for the "
            + "appropriate names.";

    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();
    DataApiClient api;

    @BeforeAll
    void logIn() {
        api = new DataApiClient(server);
    }

    // --- resources, limits, versions, authentication ------------------------------------------------

    @Test
    void resourcesWhenVersionGivenThenRelativeUrlsAndAbsoluteIdentity() {
        for (String path : List.of(DataApiClient.API, DataApiClient.API + "/")) {
            HttpResponse<String> response = api.get(path);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode map = TestServer.json(response);
            assertThat(map.get("sobjects").asText()).isEqualTo("/services/data/v66.0/sobjects");
            assertThat(map.get("query").asText()).isEqualTo("/services/data/v66.0/query");
            assertThat(map.get("queryAll").asText()).isEqualTo("/services/data/v66.0/queryAll");
            assertThat(map.get("tooling").asText()).isEqualTo("/services/data/v66.0/tooling");
            assertThat(map.get("limits").asText()).isEqualTo("/services/data/v66.0/limits");
            assertThat(map.get("identity").asText()).isEqualTo(api.login().get("id").asText());
        }
        assertThat(TestServer.json(api.get("/services/data/v20.0")).get("query").asText())
                .isEqualTo("/services/data/v20.0/query");
    }

    @Test
    void resourcesWhenVersionUnknownThenNotFound() {
        for (String v : List.of("v19.0", "v67.0", "v66.1", "vX", "66.0")) {
            JsonNode e = error(api.get("/services/data/" + v), 404);
            assertThat(e.get("errorCode").asText()).as(v).isEqualTo("NOT_FOUND");
            assertThat(e.get("message").asText()).isEqualTo("The requested resource does not exist");
        }
    }

    @Test
    void dataApiWhenUnknownPathThenNotFoundInEveryMethod() {
        for (String method : List.of("GET", "POST", "PATCH", "DELETE", "PUT")) {
            JsonNode e = error(api.send(method, "nothing/here", method.equals("GET") ? null : "{}"), 404);
            assertThat(e.get("errorCode").asText()).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void dataApiWhenNoTokenThenInvalidAuthHeaderAndWhenNoApiScopeThenForbidden() {
        HttpResponse<String> none = api.server().get(DataApiClient.API + "/sobjects", null);
        assertThat(error(none, 401).get("errorCode").asText()).isEqualTo("INVALID_AUTH_HEADER");
        HttpResponse<String> unknown = api.server().get(DataApiClient.API + "/query?q=SELECT+Id+FROM+Account",
                "00D000000000000!nope");
        assertThat(error(unknown, 401).get("errorCode").asText()).isEqualTo("INVALID_SESSION_ID");
        ConnectedApp idOnly = api.server().createApp(a -> a.toBuilder().scopes(List.of("id")).build());
        String token = api.login(idOnly, api.username()).get("access_token").asText();
        HttpResponse<String> forbidden = api.server().get(DataApiClient.API + "/sobjects", token);
        assertThat(error(forbidden, 403).get("errorCode").asText()).isEqualTo("API_DISABLED_FOR_ORG");
    }

    @Test
    void limitsWhenAskedThenSalesforceShapeAndUsageHeader() {
        HttpResponse<String> response = api.get("limits");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode limits = TestServer.json(response);
        assertThat(limits.get("DailyApiRequests").get("Max").asInt()).isEqualTo(15000);
        assertThat(limits.get("DailyApiRequests").get("Remaining").asInt()).isBetween(1, 14999);
        assertThat(limits.get("DataStorageMB").get("Max").asInt()).isEqualTo(5);
        assertThat(limits.get("SingleEmail").has("Remaining")).isTrue();
        assertThat(response.headers().firstValue("Sforce-Limit-Info").orElseThrow()).matches("api-usage=\\d+/15000");
    }

    // --- describe -----------------------------------------------------------------------------------

    @Test
    void globalDescribeWhenAskedThenStandardObjectsWithKeyPrefixes() {
        JsonNode body = TestServer.json(api.get("sobjects"));
        assertThat(body.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(body.get("maxBatchSize").asInt()).isEqualTo(200);
        List<String> entries = new ArrayList<>();
        body.get("sobjects").forEach(o -> entries.add(o.get("name").asText() + ":" + o.get("keyPrefix").asText()));
        assertThat(entries).contains("Account:001", "Contact:003", "Opportunity:006", "Case:500", "User:005",
                "Organization:00D");
        JsonNode account = body.get("sobjects").get(0);
        assertThat(account.get("urls").get("describe").asText()).isEqualTo("/services/data/v66.0/sobjects/Account/describe");
        assertThat(account.get("createable").asBoolean()).isTrue();
    }

    @Test
    void describeWhenStandardObjectThenFieldsWithTypesAndRelationships() {
        JsonNode contact = TestServer.json(api.get("sobjects/contact/describe"));
        assertThat(contact.get("name").asText()).isEqualTo("Contact");
        JsonNode accountId = field(contact, "AccountId");
        assertThat(accountId.get("type").asText()).isEqualTo("reference");
        assertThat(accountId.get("referenceTo").get(0).asText()).isEqualTo("Account");
        assertThat(accountId.get("relationshipName").asText()).isEqualTo("Account");
        assertThat(accountId.get("nillable").asBoolean()).isTrue();
        JsonNode lastName = field(contact, "LastName");
        assertThat(lastName.get("type").asText()).isEqualTo("string");
        assertThat(lastName.get("nillable").asBoolean()).isFalse();
        assertThat(lastName.get("createable").asBoolean()).isTrue();
        JsonNode id = field(contact, "Id");
        assertThat(id.get("type").asText()).isEqualTo("id");
        assertThat(id.get("updateable").asBoolean()).isFalse();
        assertThat(field(contact, "Email").get("type").asText()).isEqualTo("email");
        assertThat(field(contact, "Birthdate").get("type").asText()).isEqualTo("date");
        assertThat(field(contact, "CreatedDate").get("type").asText()).isEqualTo("datetime");
        JsonNode opportunity = TestServer.json(api.get("sobjects/Opportunity/describe"));
        assertThat(field(opportunity, "Amount").get("type").asText()).isEqualTo("currency");
        assertThat(field(opportunity, "StageName").get("picklistValues").get(0).get("value").asText())
                .isEqualTo("Prospecting");
        JsonNode account = TestServer.json(api.get("sobjects/Account/describe"));
        List<String> children = new ArrayList<>();
        account.get("childRelationships").forEach(c -> children.add(c.get("childSObject").asText() + "."
                + c.get("field").asText() + ":" + c.get("relationshipName").asText()));
        assertThat(children).contains("Contact.AccountId:Contacts", "Opportunity.AccountId:Opportunities",
                "Case.AccountId:Cases");
    }

    @Test
    void basicInfoWhenObjectHasRecordsThenDescribeAndRecentItems() {
        String id = api.create("Account", "{\"Name\":\"Recent Co\"}");
        JsonNode info = TestServer.json(api.get("sobjects/Account"));
        assertThat(info.get("objectDescribe").get("name").asText()).isEqualTo("Account");
        JsonNode recent = info.get("recentItems").get(0);
        assertThat(recent.get("Id").asText()).isEqualTo(id);
        assertThat(recent.get("Name").asText()).isEqualTo("Recent Co");
        assertThat(recent.get("attributes").get("type").asText()).isEqualTo("Account");
    }

    @Test
    void sobjectWhenTypeUnknownThenInvalidType() {
        for (HttpResponse<String> response : List.of(api.get("sobjects/ScratchOrgInfo"),
                api.get("sobjects/Foo__c/describe"), api.send("POST", "sobjects/Nope", "{}"),
                api.get("sobjects/Nope/001000000000001"))) {
            JsonNode e = error(response, 400);
            assertThat(e.get("errorCode").asText()).isEqualTo("INVALID_TYPE");
            assertThat(e.get("message").asText()).contains("is not supported. If you are attempting to use a custom "
                    + "object, be sure to append the '__c' after the entity name.");
        }
    }

    // --- records ------------------------------------------------------------------------------------

    @Test
    void recordWhenCreatedReadUpdatedDeletedThenSalesforceAnswers() {
        HttpResponse<String> created = api.send("POST", "sobjects/Account",
                "{\"attributes\":{\"type\":\"Account\"},\"name\":\"Initech\",\"Industry\":\"Technology\","
                        + "\"NumberOfEmployees\":42,\"AnnualRevenue\":\"1000.5\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = TestServer.json(created);
        String id = body.get("id").asText();
        assertThat(id).startsWith("001").hasSize(18);
        assertThat(dev.signet.core.ids.SalesforceId.parse(id).to18()).isEqualTo(id);
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("errors")).isEmpty();

        JsonNode read = TestServer.json(api.get("sobjects/Account/" + id.substring(0, 15)));
        assertThat(read.get("attributes").get("type").asText()).isEqualTo("Account");
        assertThat(read.get("attributes").get("url").asText()).isEqualTo("/services/data/v66.0/sobjects/Account/" + id);
        assertThat(read.get("Id").asText()).isEqualTo(id);
        assertThat(read.get("Name").asText()).isEqualTo("Initech");
        assertThat(read.get("NumberOfEmployees").asInt()).isEqualTo(42);
        assertThat(read.get("AnnualRevenue").asDouble()).isEqualTo(1000.5);
        assertThat(read.get("IsDeleted").asBoolean()).isFalse();
        assertThat(read.get("Website").isNull()).isTrue();
        assertThat(read.get("OwnerId").asText()).isEqualTo(userId());
        assertThat(read.get("CreatedDate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");

        JsonNode some = TestServer.json(api.get("sobjects/Account/" + id + "?fields=name,INDUSTRY"));
        assertThat(fieldNames(some)).containsExactly("attributes", "Name", "Industry");

        HttpResponse<String> patched = api.send("PATCH", "sobjects/Account/" + id, "{\"Industry\":\"Media\","
                + "\"Website\":\"https://initech.example\"}");
        assertThat(patched.statusCode()).isEqualTo(204);
        assertThat(patched.body()).isEmpty();
        JsonNode after = TestServer.json(api.get("sobjects/Account/" + id));
        assertThat(after.get("Industry").asText()).isEqualTo("Media");
        assertThat(after.get("Name").asText()).isEqualTo("Initech");
        assertThat(after.get("LastModifiedDate").asText()).isGreaterThanOrEqualTo(read.get("CreatedDate").asText());

        assertThat(api.send("DELETE", "sobjects/Account/" + id, null).statusCode()).isEqualTo(204);
        assertThat(error(api.get("sobjects/Account/" + id), 404).get("errorCode").asText())
                .isEqualTo("ENTITY_IS_DELETED");
        String soql = "SELECT Id, IsDeleted FROM Account WHERE Id = '" + id + "'";
        assertThat(api.queryOk(soql).get("totalSize").asInt()).isZero();
        JsonNode all = TestServer.json(api.get("queryAll?q=" + DataApiClient.encode(soql)));
        assertThat(all.get("records").get(0).get("IsDeleted").asBoolean()).isTrue();
    }

    @Test
    void recordWhenDerivedFieldsThenServerMaintainsThem() {
        String id = api.create("Contact", "{\"FirstName\":\"Ada\",\"LastName\":\"Lovelace\"}");
        assertThat(TestServer.json(api.get("sobjects/Contact/" + id)).get("Name").asText()).isEqualTo("Ada Lovelace");
        api.send("PATCH", "sobjects/Contact/" + id, "{\"FirstName\":null}");
        assertThat(TestServer.json(api.get("sobjects/Contact/" + id)).get("Name").asText()).isEqualTo("Lovelace");
        String caseId = api.create("Case", "{\"Subject\":\"Help\"}");
        JsonNode c = TestServer.json(api.get("sobjects/Case/" + caseId));
        assertThat(c.get("CaseNumber").asText()).matches("\\d{8}");
        assertThat(c.get("Status").asText()).isEqualTo("New");
        assertThat(c.get("IsClosed").asBoolean()).isFalse();
    }

    @Test
    void recordWhenMissingThenNotFound() {
        for (String path : List.of("sobjects/Account/001000000000001AAA", "sobjects/Account/not-an-id",
                "sobjects/Account/003000000000001", "sobjects/Account/001000000000001")) {
            JsonNode e = error(api.get(path), 404);
            assertThat(e.get("errorCode").asText()).as(path).isEqualTo("NOT_FOUND");
            assertThat(e.get("message").asText()).isEqualTo("The requested resource does not exist");
        }
        assertThat(error(api.send("PATCH", "sobjects/Account/001000000000001", "{}"), 404).get("errorCode").asText())
                .isEqualTo("NOT_FOUND");
        assertThat(error(api.send("DELETE", "sobjects/Account/001000000000001", null), 404).get("errorCode")
                .asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void recordWhenBodyInvalidThenSalesforceErrors() {
        JsonNode unknown = error(api.send("POST", "sobjects/Account", "{\"Name\":\"x\",\"Foo\":1}"), 400);
        assertThat(unknown.get("errorCode").asText()).isEqualTo("INVALID_FIELD");
        assertThat(unknown.get("message").asText()).isEqualTo("No such column 'Foo' on sobject of type Account");

        JsonNode required = error(api.send("POST", "sobjects/Opportunity", "{\"Amount\":5}"), 400);
        assertThat(required.get("errorCode").asText()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(required.get("message").asText()).isEqualTo("Required fields are missing: [Name, StageName, CloseDate]");
        assertThat(required.get("fields").toString()).isEqualTo("[\"Name\",\"StageName\",\"CloseDate\"]");

        for (String bad : List.of("{\"Name\":", "not json", "", "[1]")) {
            JsonNode e = error(api.send("POST", "sobjects/Account", bad), 400);
            assertThat(e.get("errorCode").asText()).as(bad).isEqualTo("JSON_PARSER_ERROR");
        }
        JsonNode badNumber = error(api.send("POST", "sobjects/Account", "{\"Name\":\"x\",\"NumberOfEmployees\":\"many\"}"),
                400);
        assertThat(badNumber.get("errorCode").asText()).isEqualTo("JSON_PARSER_ERROR");
        JsonNode tooBig = error(api.send("POST", "sobjects/Account", "{\"Name\":\"x\",\"NumberOfEmployees\":1e12}"),
                400);
        assertThat(tooBig.get("errorCode").asText()).isEqualTo("JSON_PARSER_ERROR");
        JsonNode badDate = error(api.send("POST", "sobjects/Contact", "{\"LastName\":\"x\",\"Birthdate\":\"yesterday\"}"),
                400);
        assertThat(badDate.get("errorCode").asText()).isEqualTo("JSON_PARSER_ERROR");

        JsonNode readOnly = error(api.send("POST", "sobjects/Account", "{\"Name\":\"x\",\"CreatedDate\":"
                + "\"2020-01-01T00:00:00Z\"}"), 400);
        assertThat(readOnly.get("errorCode").asText()).isEqualTo("INVALID_FIELD_FOR_INSERT_UPDATE");
        assertThat(readOnly.get("fields").get(0).asText()).isEqualTo("CreatedDate");

        JsonNode malformed = error(api.send("POST", "sobjects/Contact", "{\"LastName\":\"x\",\"AccountId\":\"abc\"}"),
                400);
        assertThat(malformed.get("errorCode").asText()).isEqualTo("MALFORMED_ID");
        JsonNode wrongType = error(api.send("POST", "sobjects/Contact", "{\"LastName\":\"x\",\"AccountId\":\""
                + userId() + "\"}"), 400);
        assertThat(wrongType.get("errorCode").asText()).isEqualTo("FIELD_INTEGRITY_EXCEPTION");
        JsonNode dangling = error(api.send("POST", "sobjects/Contact", "{\"LastName\":\"x\",\"AccountId\":"
                + "\"001000000000001\"}"), 400);
        assertThat(dangling.get("errorCode").asText()).isEqualTo("INVALID_CROSS_REFERENCE_KEY");
        JsonNode email = error(api.send("POST", "sobjects/Contact", "{\"LastName\":\"x\",\"Email\":\"nope\"}"), 400);
        assertThat(email.get("errorCode").asText()).isEqualTo("INVALID_EMAIL_ADDRESS");
        JsonNode tooLong = error(api.send("POST", "sobjects/Account", "{\"Name\":\"" + "x".repeat(256) + "\"}"), 400);
        assertThat(tooLong.get("errorCode").asText()).isEqualTo("STRING_TOO_LONG");

        String id = api.create("Account", "{\"Name\":\"Keep\"}");
        JsonNode cleared = error(api.send("PATCH", "sobjects/Account/" + id, "{\"Name\":null}"), 400);
        assertThat(cleared.get("errorCode").asText()).isEqualTo("REQUIRED_FIELD_MISSING");
        JsonNode fieldsParam = error(api.get("sobjects/Account/" + id + "?fields=Name,Foo"), 400);
        assertThat(fieldsParam.get("errorCode").asText()).isEqualTo("INVALID_FIELD");
        assertThat(fieldsParam.get("message").asText()).isEqualTo("No such column 'Foo' on entity 'Account'. "
                + NO_SUCH_FIELD_HINT);
    }

    @Test
    void userAndOrganizationWhenReadThenRealUserAndOrgAndReadOnly() {
        JsonNode user = TestServer.json(api.get("/services/data/v51.0/sobjects/User/" + userId()));
        assertThat(user.get("Username").asText()).isEqualTo(api.username());
        assertThat(user.get("attributes").get("url").asText()).isEqualTo("/services/data/v51.0/sobjects/User/" + userId());
        JsonNode write = error(api.send("POST", "sobjects/User", "{\"Username\":\"x@y.z\"}"), 400);
        assertThat(write.get("errorCode").asText()).isEqualTo("INVALID_TYPE_FOR_OPERATION");
        String orgId = api.server().server().admin().org().id();
        assertThat(TestServer.json(api.get("sobjects/Organization/" + orgId)).get("Id").asText()).isEqualTo(orgId);
        assertThat(error(api.send("DELETE", "sobjects/Organization/" + orgId, null), 400).get("errorCode").asText())
                .isEqualTo("INVALID_TYPE_FOR_OPERATION");
    }

    // --- the Salesforce CLI's queries (spec §6.1) ------------------------------------------------------

    @Test
    void queryWhenCliDeterminesOrgThenExactlyOneOrganizationRecord() {
        JsonNode result = TestServer.json(api.get("/services/data/v66.0/query?q=SELECT%20Name%2C%20InstanceName%2C"
                + "%20IsSandbox%2C%20TrialExpirationDate%2C%20NamespacePrefix%2C%20OrganizationType%20FROM%20Organization"));
        assertThat(result.get("totalSize").asInt()).isEqualTo(1);
        JsonNode org = result.get("records").get(0);
        assertThat(fieldNames(org)).containsExactly("attributes", "Name", "InstanceName", "IsSandbox",
                "TrialExpirationDate", "NamespacePrefix", "OrganizationType");
        assertThat(org.get("Name").asText()).isEqualTo(api.server().server().admin().org().name());
        assertThat(org.get("IsSandbox").asBoolean()).isFalse();
        assertThat(org.get("TrialExpirationDate").isNull()).isTrue();
        assertThat(org.get("NamespacePrefix").isNull()).isTrue();
        assertThat(org.get("OrganizationType").asText()).isEqualTo("Developer Edition");
    }

    @Test
    void queryWhenCliAsksForScratchOrgInfoOrSandboxProcessThenInvalidType() {
        JsonNode devHub = error(api.get("/services/data/v51.0/query?q=SELECT%20Id%20FROM%20ScratchOrgInfo%20limit%201"),
                400);
        assertThat(devHub.get("errorCode").asText()).isEqualTo("INVALID_TYPE");
        assertThat(devHub.get("message").asText()).isEqualTo("\nSELECT Id FROM ScratchOrgInfo limit 1\n"
                + "               ^\nERROR at Row:1:Column:16\nsObject type 'ScratchOrgInfo' is not supported. If you "
                + "are attempting to use a custom object, be sure to append the '__c' after the entity name. Please "
                + "reference your WSDL or the describe call for the appropriate names.");
        String orgId15 = api.server().server().admin().org().id15();
        JsonNode sandbox = error(api.get("tooling/query?q=" + DataApiClient.encode("SELECT Id,Status,SandboxName,"
                + "SandboxInfoId,LicenseType,CreatedDate,CopyProgress,SandboxOrganization,SourceId,Description,EndDate,"
                + "Features FROM SandboxProcess WHERE SandboxOrganization='" + orgId15 + "' ORDER BY CreatedDate DESC")),
                400);
        assertThat(sandbox.get("errorCode").asText()).isEqualTo("INVALID_TYPE");
        assertThat(sandbox.get("message").asText()).contains("sObject type 'SandboxProcess' is not supported.");
        assertThat(error(api.get("tooling/query?q=SELECT+Id+FROM+Account"), 400).get("errorCode").asText())
                .isEqualTo("INVALID_TYPE");
    }

    @Test
    void toolingQueryWhenUserThenToolingRecords() {
        JsonNode result = TestServer.json(api.get("tooling/query/?q=" + DataApiClient.encode(
                "SELECT Id, Username FROM User WHERE Username = '" + api.username() + "'")));
        JsonNode user = result.get("records").get(0);
        assertThat(user.get("Username").asText()).isEqualTo(api.username());
        assertThat(user.get("attributes").get("url").asText())
                .isEqualTo("/services/data/v66.0/tooling/sobjects/User/" + userId());
    }

    // --- query errors and metadata -------------------------------------------------------------------

    @Test
    void queryWhenSyntaxOrFieldWrongThenMalformedQueryOrInvalidField() {
        JsonNode syntax = error(api.query("SELECT Id FROM Account WHERE"), 400);
        assertThat(syntax.get("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
        assertThat(syntax.get("message").asText()).endsWith("ERROR at Row:1:Column:29\nunexpected token: <EOF>");
        JsonNode mixed = error(api.query("SELECT Id FROM Account WHERE Name = 'a' AND Name = 'b' OR Name = 'c'"), 400);
        assertThat(mixed.get("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
        assertThat(mixed.get("message").asText()).endsWith("unexpected token: 'OR'");
        JsonNode field = error(api.query("SELECT Id, Foo FROM Account"), 400);
        assertThat(field.get("errorCode").asText()).isEqualTo("INVALID_FIELD");
        assertThat(field.get("message").asText()).isEqualTo("\nSELECT Id, Foo FROM Account\n           ^\n"
                + "ERROR at Row:1:Column:12\nNo such column 'Foo' on entity 'Account'. " + NO_SUCH_FIELD_HINT);
        JsonNode relationship = error(api.query("SELECT Owner.Nope FROM Contact"), 400);
        assertThat(relationship.get("message").asText()).contains("No such column 'Nope' on entity 'User'.");
        JsonNode badRel = error(api.query("SELECT Acct.Name FROM Contact"), 400);
        assertThat(badRel.get("message").asText()).contains("Didn't understand relationship 'Acct' in field path.");
        JsonNode quoted = error(api.query("SELECT Id FROM Opportunity WHERE Amount = '5'"), 400);
        assertThat(quoted.get("errorCode").asText()).isEqualTo("INVALID_FIELD");
        assertThat(quoted.get("message").asText()).endsWith("value of filter criterion for field 'Amount' must be of "
                + "type currency and should not be enclosed in quotes");
        JsonNode date = error(api.query("SELECT Id FROM Account WHERE CreatedDate > 2024-01-01"), 400);
        assertThat(date.get("errorCode").asText()).isEqualTo("INVALID_FIELD");
        JsonNode id = error(api.query("SELECT Id FROM Account WHERE Id = 'nope'"), 400);
        assertThat(id.get("errorCode").asText()).isEqualTo("INVALID_QUERY_FILTER_OPERATOR");
        JsonNode farAway = error(api.query("SELECT Id FROM Opportunity WHERE CloseDate = NEXT_N_YEARS:999999999"), 400);
        assertThat(farAway.get("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
        JsonNode offset = error(api.query("SELECT Id FROM Account OFFSET 2001"), 400);
        assertThat(offset.get("errorCode").asText()).isEqualTo("NUMBER_OUTSIDE_VALID_RANGE");
        JsonNode duplicate = error(api.query("SELECT Id, id FROM Account"), 400);
        assertThat(duplicate.get("errorCode").asText()).isEqualTo("DUPLICATE_FIELD");
        JsonNode groupBy = error(api.query("SELECT Industry FROM Account GROUP BY Industry"), 400);
        assertThat(groupBy.get("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
        JsonNode noQuery = error(api.get("query"), 400);
        assertThat(noQuery.get("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
        JsonNode locator = error(api.get("query/01g000000000000AAA-2000"), 400);
        assertThat(locator.get("errorCode").asText()).isEqualTo("INVALID_QUERY_LOCATOR");
    }

    @Test
    void queryWhenColumnsTrueThenColumnMetadataOnly() {
        JsonNode columns = TestServer.json(api.get("query?columns=true&q=" + DataApiClient.encode(
                "SELECT Id, LastName, Account.Name, Account.Owner.Username FROM Contact")));
        assertThat(columns.get("entityName").asText()).isEqualTo("Contact");
        assertThat(columns.get("keyPrefix").asText()).isEqualTo("003");
        assertThat(columns.get("idSelected").asBoolean()).isTrue();
        assertThat(columns.get("groupBy").asBoolean()).isFalse();
        JsonNode meta = columns.get("columnMetadata");
        assertThat(meta).hasSize(3);
        assertThat(meta.get(0).get("columnName").asText()).isEqualTo("Id");
        assertThat(meta.get(0).get("apexType").asText()).isEqualTo("Id");
        assertThat(meta.get(1).get("textType").asBoolean()).isTrue();
        JsonNode account = meta.get(2);
        assertThat(account.get("columnName").asText()).isEqualTo("Account");
        assertThat(account.get("joinColumns")).hasSize(2);
        assertThat(account.get("joinColumns").get(0).get("displayName").asText()).isEqualTo("Account.Name");
        assertThat(account.get("joinColumns").get(1).get("joinColumns").get(0).get("displayName").asText())
                .isEqualTo("Account.Owner.Username");
    }

    // --- custom objects -----------------------------------------------------------------------------

    @Test
    void customObjectWhenDefinedThroughAdminApiThenDescribeCrudAndQuery() {
        HttpResponse<String> defined = api.admin("POST", "/objects", "{\"name\":\"Invoice__c\",\"label\":\"Invoice\","
                + "\"fields\":[{\"name\":\"Amount__c\",\"type\":\"currency\"},{\"name\":\"Account__c\",\"type\":"
                + "\"reference\",\"referenceTo\":\"account\"},{\"name\":\"Due__c\",\"type\":\"date\",\"required\":true}]}");
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
        JsonNode object = TestServer.json(defined);
        String prefix = object.get("keyPrefix").asText();
        assertThat(prefix).matches("a[0-9A-Za-z]{2}");
        HttpResponse<String> again = api.admin("POST", "/objects", "{\"name\":\"INVOICE__c\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);

        JsonNode describe = TestServer.json(api.get("sobjects/Invoice__c/describe"));
        assertThat(describe.get("custom").asBoolean()).isTrue();
        assertThat(describe.get("keyPrefix").asText()).isEqualTo(prefix);
        assertThat(field(describe, "Account__c").get("relationshipName").asText()).isEqualTo("Account__r");
        assertThat(field(describe, "Account__c").get("referenceTo").get(0).asText()).isEqualTo("Account");
        assertThat(field(describe, "Amount__c").get("custom").asBoolean()).isTrue();

        String account = api.create("Account", "{\"Name\":\"Billed Co\"}");
        JsonNode missing = error(api.send("POST", "sobjects/Invoice__c", "{\"Amount__c\":10}"), 400);
        assertThat(missing.get("fields").get(0).asText()).isEqualTo("Due__c");
        String id = api.create("invoice__c", "{\"amount__c\":99.5,\"Account__c\":\"" + account + "\",\"Due__c\":"
                + "\"2024-05-01\"}");
        assertThat(id).startsWith(prefix);
        JsonNode read = TestServer.json(api.get("sobjects/Invoice__c/" + id));
        assertThat(read.get("Name").asText()).isEqualTo(id);
        assertThat(read.get("Amount__c").asDouble()).isEqualTo(99.5);
        JsonNode row = api.queryOk("SELECT Name, Amount__c, Account__r.Name FROM Invoice__c WHERE Account__r.Name = "
                + "'Billed Co'").get("records").get(0);
        assertThat(row.get("Account__r").get("Name").asText()).isEqualTo("Billed Co");
        assertThat(row.get("Account__r").get("attributes").get("type").asText()).isEqualTo("Account");

        JsonNode list = TestServer.json(api.admin("GET", "/objects", null));
        List<String> names = new ArrayList<>();
        list.forEach(o -> names.add(o.get("name").asText()));
        assertThat(names).contains("Account", "Invoice__c");
        assertThat(TestServer.json(api.admin("GET", "/objects/INVOICE__C", null)).get("name").asText())
                .isEqualTo("Invoice__c");
    }

    @Test
    void customObjectWhenDefinitionInvalidOrUnauthenticatedThenAdminErrors() {
        for (String bad : List.of("{\"name\":\"NoSuffix\"}", "{\"name\":\"Bad__Name__c\"}",
                "{\"name\":\"Ok__c\",\"fields\":[{\"name\":\"X__c\",\"type\":\"blob\"}]}",
                "{\"name\":\"Ok__c\",\"fields\":[{\"name\":\"X__c\",\"type\":\"reference\",\"referenceTo\":\"Nope\"}]}",
                "{\"name\":\"Ok__c\",\"fields\":[{\"name\":\"NoSuffix\",\"type\":\"string\"}]}", "not json")) {
            HttpResponse<String> response = api.admin("POST", "/objects", bad);
            assertThat(response.statusCode()).as(bad + " → " + response.body()).isEqualTo(400);
            assertThat(TestServer.json(response).get("error").asText()).isEqualTo("invalid_request");
        }
        HttpResponse<String> anonymous = api.server().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(api.server().baseUrl() + "/admin/api/objects")).GET().build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(api.admin("GET", "/objects/Nope__c", null).statusCode()).isEqualTo(404);
    }

    private String userId() {
        String[] parts = api.login().get("id").asText().split("/");
        return parts[parts.length - 1];
    }

    private static JsonNode field(JsonNode describe, String name) {
        for (JsonNode f : describe.get("fields")) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
