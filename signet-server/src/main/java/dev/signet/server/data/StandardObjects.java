package dev.signet.server.data;

import static dev.signet.server.data.FieldType.BOOLEAN;
import static dev.signet.server.data.FieldType.CURRENCY;
import static dev.signet.server.data.FieldType.DATE;
import static dev.signet.server.data.FieldType.DATETIME;
import static dev.signet.server.data.FieldType.EMAIL;
import static dev.signet.server.data.FieldType.ID;
import static dev.signet.server.data.FieldType.INT;
import static dev.signet.server.data.FieldType.PERCENT;
import static dev.signet.server.data.FieldType.PHONE;
import static dev.signet.server.data.FieldType.PICKLIST;
import static dev.signet.server.data.FieldType.STRING;
import static dev.signet.server.data.FieldType.TEXTAREA;
import static dev.signet.server.data.FieldType.URL;

import dev.signet.server.data.SObjectDef.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The standard objects Signet serves: Account, Contact, Opportunity and Case stored as records,
 * and User and Organization backed by the org's real users and org. A sensible subset of each
 * object's Salesforce fields, with Salesforce's names, labels and key prefixes.
 */
public final class StandardObjects {
    static final List<SObjectDef> ALL = List.of(account(), contact(), opportunity(), caseObject(), user(),
            organization());

    private StandardObjects() {}

    public static List<SObjectDef> all() {
        return ALL;
    }

    private static SObjectDef account() {
        return stored("Account", "Accounts", "001", List.of(
                f("Name", STRING).label("Account Name").required().nameField().build(),
                f("AccountNumber", STRING).length(40).build(),
                f("Type", PICKLIST).label("Account Type").picklist("Prospect", "Customer - Direct",
                        "Customer - Channel", "Channel Partner / Reseller", "Installation Partner",
                        "Technology Partner", "Other").build(),
                f("Industry", PICKLIST).picklist("Agriculture", "Banking", "Chemicals", "Communications",
                        "Construction", "Consulting", "Education", "Electronics", "Energy", "Engineering",
                        "Finance", "Government", "Healthcare", "Insurance", "Manufacturing", "Media", "Retail",
                        "Technology", "Telecommunications", "Transportation", "Utilities", "Other").build(),
                f("Rating", PICKLIST).label("Account Rating").picklist("Hot", "Warm", "Cold").build(),
                f("AnnualRevenue", CURRENCY).build(),
                f("NumberOfEmployees", INT).label("Employees").build(),
                f("Phone", PHONE).label("Account Phone").build(),
                f("Website", URL).build(),
                f("Description", TEXTAREA).label("Account Description").build(),
                f("BillingStreet", TEXTAREA).build(),
                f("BillingCity", STRING).length(40).build(),
                f("BillingState", STRING).length(80).build(),
                f("BillingPostalCode", STRING).length(20).build(),
                f("BillingCountry", STRING).length(80).build(),
                f("ParentId", FieldType.REFERENCE).label("Parent Account ID").reference("Account", "Parent").build()),
                values -> { });
    }

    private static SObjectDef contact() {
        return stored("Contact", "Contacts", "003", List.of(
                f("AccountId", FieldType.REFERENCE).label("Account ID").reference("Account", "Account").build(),
                f("Salutation", PICKLIST).picklist("Mr.", "Ms.", "Mrs.", "Dr.", "Prof.").build(),
                f("FirstName", STRING).length(40).build(),
                f("LastName", STRING).length(80).required().build(),
                f("Name", STRING).label("Full Name").length(121).readOnly().nameField().nillable(false)
                        .defaultedOnCreate().build(),
                f("Title", STRING).length(128).build(),
                f("Department", STRING).length(80).build(),
                f("Email", EMAIL).build(),
                f("Phone", PHONE).label("Business Phone").build(),
                f("MobilePhone", PHONE).build(),
                f("Birthdate", DATE).build(),
                f("LeadSource", PICKLIST).picklist("Web", "Phone Inquiry", "Partner Referral", "Purchased List",
                        "Other").build(),
                f("HasOptedOutOfEmail", BOOLEAN).label("Email Opt Out").build(),
                f("MailingCity", STRING).length(40).build(),
                f("MailingCountry", STRING).length(80).build(),
                f("Description", TEXTAREA).label("Contact Description").build()),
                StandardObjects::contactName);
    }

    private static SObjectDef opportunity() {
        return stored("Opportunity", "Opportunities", "006", List.of(
                f("AccountId", FieldType.REFERENCE).label("Account ID").reference("Account", "Account").build(),
                f("Name", STRING).label("Name").length(120).required().nameField().build(),
                f("StageName", PICKLIST).label("Stage").required().picklist("Prospecting", "Qualification",
                        "Needs Analysis", "Value Proposition", "Id. Decision Makers", "Perception Analysis",
                        "Proposal/Price Quote", "Negotiation/Review", "Closed Won", "Closed Lost").build(),
                f("CloseDate", DATE).label("Close Date").required().build(),
                f("Amount", CURRENCY).build(),
                f("Probability", PERCENT).label("Probability (%)").build(),
                f("Type", PICKLIST).label("Opportunity Type").picklist("Existing Business", "New Business").build(),
                f("LeadSource", PICKLIST).picklist("Web", "Phone Inquiry", "Partner Referral", "Purchased List",
                        "Other").build(),
                f("NextStep", STRING).build(),
                f("IsClosed", BOOLEAN).label("Closed").readOnly().build(),
                f("IsWon", BOOLEAN).label("Won").readOnly().build(),
                f("Description", TEXTAREA).build()),
                values -> {
                    Object stage = values.get("StageName");
                    values.put("IsClosed", "Closed Won".equals(stage) || "Closed Lost".equals(stage));
                    values.put("IsWon", "Closed Won".equals(stage));
                });
    }

    private static SObjectDef caseObject() {
        return stored("Case", "Cases", "500", List.of(
                f("CaseNumber", STRING).label("Case Number").length(30).autoNumber().nameField().build(),
                f("AccountId", FieldType.REFERENCE).label("Account ID").reference("Account", "Account").build(),
                f("ContactId", FieldType.REFERENCE).label("Contact ID").reference("Contact", "Contact").build(),
                f("Subject", STRING).build(),
                f("Description", TEXTAREA).build(),
                f("Status", PICKLIST).defaultValue("New").picklist("New", "Working", "Escalated", "Closed").build(),
                f("Priority", PICKLIST).defaultValue("Medium").picklist("High", "Medium", "Low").build(),
                f("Origin", PICKLIST).label("Case Origin").picklist("Phone", "Email", "Web").build(),
                f("Type", PICKLIST).label("Case Type").picklist("Question", "Problem", "Feature Request").build(),
                f("Reason", PICKLIST).label("Case Reason").picklist("Installation", "Equipment Complexity",
                        "Performance", "Breakdown", "Equipment Design", "Feedback", "Other").build(),
                f("IsClosed", BOOLEAN).label("Closed").readOnly().build(),
                f("ClosedDate", DATETIME).label("Closed Date").readOnly().build(),
                f("SuppliedName", STRING).label("Web Name").length(80).build(),
                f("SuppliedEmail", EMAIL).label("Web Email").build(),
                f("SuppliedPhone", STRING).label("Web Phone").length(40).build()),
                values -> values.put("IsClosed", "Closed".equals(values.get("Status"))));
    }

    private static SObjectDef user() {
        List<FieldDef> fields = new ArrayList<>(List.of(
                f("Id", ID).label("User ID").readOnly().nillable(false).defaultedOnCreate().build(),
                f("Username", STRING).length(80).required().build(),
                f("LastName", STRING).length(80).required().build(),
                f("FirstName", STRING).length(40).build(),
                f("Name", STRING).label("Full Name").length(121).readOnly().nameField().build(),
                f("Email", EMAIL).length(128).required().build(),
                f("IsActive", BOOLEAN).label("Active").build(),
                f("UserType", PICKLIST).picklist("Standard").readOnly().build(),
                f("TimeZoneSidKey", PICKLIST).label("Time Zone").required().build(),
                f("LocaleSidKey", PICKLIST).label("Locale").required().build(),
                f("LanguageLocaleKey", PICKLIST).label("Language").required().build(),
                f("EmailEncodingKey", PICKLIST).label("Email Encoding").required().build()));
        fields.addAll(SystemFields.audit());
        return new SObjectDef("User", "User", "Users", "005", false, Storage.USERS, fields, null);
    }

    private static SObjectDef organization() {
        List<FieldDef> fields = new ArrayList<>(List.of(
                f("Id", ID).label("Organization ID").readOnly().nillable(false).defaultedOnCreate().build(),
                f("Name", STRING).length(80).required().nameField().build(),
                f("InstanceName", STRING).label("Instance Name").length(5).readOnly().build(),
                f("IsSandbox", BOOLEAN).readOnly().build(),
                f("TrialExpirationDate", DATETIME).label("Trial Expiration Date").readOnly().build(),
                f("NamespacePrefix", STRING).label("Namespace Prefix").length(15).readOnly().build(),
                f("OrganizationType", PICKLIST).label("Edition").readOnly().picklist("Developer Edition").build(),
                f("Country", STRING).length(80).build(),
                f("LanguageLocaleKey", PICKLIST).label("Language").build(),
                f("DefaultLocaleSidKey", PICKLIST).label("Locale").build(),
                f("TimeZoneSidKey", PICKLIST).label("Time Zone").build(),
                f("Status", STRING).label("Org Status").readOnly().build()));
        fields.addAll(SystemFields.audit());
        return new SObjectDef("Organization", "Organization", "Organizations", "00D", false, Storage.ORGANIZATION,
                fields, null);
    }

    private static void contactName(Map<String, Object> values) {
        Object first = values.get("FirstName");
        Object last = values.get("LastName");
        String name = ((first == null ? "" : first + " ") + (last == null ? "" : last)).trim();
        values.put("Name", name.isEmpty() ? null : name);
    }

    private static SObjectDef stored(String name, String plural, String prefix, List<FieldDef> fields,
            java.util.function.Consumer<Map<String, Object>> derive) {
        return new SObjectDef(name, name, plural, prefix, false, Storage.RECORDS, SystemFields.around(name, fields),
                derive);
    }

    private static FieldDef.Builder f(String name, FieldType type) {
        return FieldDef.builder(name, type);
    }
}
