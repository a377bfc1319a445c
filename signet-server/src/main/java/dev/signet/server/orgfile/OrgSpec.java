package dev.signet.server.orgfile;

import dev.signet.server.model.IpRelaxation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The org as an org file declares it: the profiles and permission sets it names, connected apps,
 * users, approvals, login IP ranges, custom objects and seed records. Every reference (an app's
 * profiles, a user's permission sets, an approval's app) names something declared here.
 */
public record OrgSpec(List<String> profiles, List<String> permissionSets, List<App> apps, List<User> users,
        List<Approval> approvals, List<IpRange> ipRanges, List<CustomObject> objects, List<Record> records) {
    public OrgSpec {
        profiles = List.copyOf(profiles);
        permissionSets = List.copyOf(permissionSets);
        apps = List.copyOf(apps);
        users = List.copyOf(users);
        approvals = List.copyOf(approvals);
        ipRanges = List.copyOf(ipRanges);
        objects = List.copyOf(objects);
        records = List.copyOf(records);
    }

    /** A connected app, by name; {@code certificatePem} is the certificate's PEM text. */
    public record App(String name, String certificatePem, List<String> scopes, boolean selfAuthorize,
            Set<String> profiles, Set<String> permissionSets, int sessionTimeoutMinutes, boolean strictAssertions,
            boolean jwtAccessTokens, boolean introspectAllTokens, IpRelaxation ipRelaxation, boolean enabled,
            String description, List<String> callbackUrls) {}

    /** A user, by username. */
    public record User(String username, String email, String firstName, String lastName, String profile,
            Set<String> permissionSets, boolean active, boolean frozen) {}

    /** A user's approval of a self-authorize app. */
    public record Approval(String app, String user, List<String> scopes) {}

    /** A profile's login IP range. */
    public record IpRange(String profile, String start, String end, String description) {}

    /** A custom object and its fields ({@code name:type} or {@code name:reference:Target}). */
    public record CustomObject(String name, String label, List<Field> fields) {}

    /** A custom field. */
    public record Field(String name, String label, String type, String referenceTo, boolean required) {}

    /** A record inserted once: a record of the type whose {@code key} field has the same value counts as it. */
    public record Record(String type, String key, Map<String, Object> fields) {}
}
