package dev.signet.server.data;

import dev.signet.server.model.Org;
import dev.signet.server.model.OrgStatus;
import dev.signet.server.model.User;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * User and Organization records made from the org's real users and org row, so that what the
 * Salesforce CLI reads ({@code Organization.Name}, {@code User.Username}) is the truth.
 */
final class VirtualRecords {
    static final String INSTANCE_NAME = "SGNT1";
    static final String ORGANIZATION_TYPE = "Developer Edition";

    private VirtualRecords() {}

    static DataRecord user(User u) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("Id", u.id());
        v.put("Username", u.username());
        v.put("LastName", u.lastName());
        v.put("FirstName", u.firstName());
        v.put("Name", u.displayName());
        v.put("Email", u.email());
        v.put("IsActive", u.active());
        v.put("UserType", "Standard");
        v.put("TimeZoneSidKey", "GMT");
        v.put("LocaleSidKey", "en_US");
        v.put("LanguageLocaleKey", "en_US");
        v.put("EmailEncodingKey", "UTF-8");
        audit(v, u.createdAt(), u.modifiedAt());
        return new DataRecord("User", u.id(), v);
    }

    static DataRecord organization(Org org) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("Id", org.id());
        v.put("Name", org.name());
        v.put("InstanceName", INSTANCE_NAME);
        v.put("IsSandbox", false);
        v.put("TrialExpirationDate", null);
        v.put("NamespacePrefix", null);
        v.put("OrganizationType", ORGANIZATION_TYPE);
        v.put("Country", null);
        v.put("LanguageLocaleKey", "en_US");
        v.put("DefaultLocaleSidKey", "en_US");
        v.put("TimeZoneSidKey", "GMT");
        v.put("Status", org.status() == OrgStatus.ACTIVE ? "Active" : org.status().name());
        audit(v, org.createdAt(), org.createdAt());
        return new DataRecord("Organization", org.id(), v);
    }

    private static void audit(Map<String, Object> v, java.time.Instant created, java.time.Instant modified) {
        v.put("CreatedDate", created);
        v.put("LastModifiedDate", modified);
        v.put("SystemModstamp", modified);
    }
}
