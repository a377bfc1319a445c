package dev.signet.server.orgfile;

import dev.signet.server.admin.Administration;
import dev.signet.server.data.FieldDef;
import dev.signet.server.data.ObjectCatalog;
import dev.signet.server.data.SObjectDef;
import dev.signet.server.model.AppCertificate;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.PermittedUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The current org as an {@link OrgSpec}: what {@code signet admin export} writes, so that export
 * then apply changes nothing. Records are data, not configuration, and are not exported; an app's
 * certificate is its newest active one.
 */
public final class OrgExport {
    private final Administration admin;
    private final ObjectCatalog catalog;

    public OrgExport(Administration admin, ObjectCatalog catalog) {
        this.admin = admin;
        this.catalog = catalog;
    }

    public OrgSpec export() {
        TreeSet<String> profiles = new TreeSet<>();
        TreeSet<String> sets = new TreeSet<>();
        List<OrgSpec.App> apps = new ArrayList<>();
        for (ConnectedApp a : admin.admin().apps()) {
            profiles.addAll(a.profiles());
            sets.addAll(a.permissionSets());
            List<AppCertificate> active = a.activeCertificates();
            String pem = (active.isEmpty() ? a.certificates() : active).get((active.isEmpty() ? a.certificates() : active)
                    .size() - 1).pem();
            apps.add(new OrgSpec.App(a.name(), pem, a.scopes(), a.permittedUsers() == PermittedUsers.SELF_AUTHORIZE,
                    new TreeSet<>(a.profiles()), new TreeSet<>(a.permissionSets()), a.sessionTimeoutMinutes(),
                    a.strictAssertions(), a.jwtAccessTokens(), a.introspectAllTokens(), a.settings().ipRelaxation(),
                    a.enabled(), a.settings().description(), a.settings().callbackUrls()));
        }
        List<OrgSpec.User> users = admin.admin().users().stream().map(u -> {
            profiles.add(u.profile());
            sets.addAll(u.permissionSets());
            return new OrgSpec.User(u.username(), u.email(), u.firstName(), u.lastName(), u.profile(),
                    new TreeSet<>(u.permissionSets()), u.active(), u.frozen());
        }).toList();
        List<OrgSpec.Approval> approvals = new ArrayList<>();
        admin.admin().apps().forEach(a -> admin.apps().approvals(a.consumerKey()).forEach(ap ->
                approvals.add(new OrgSpec.Approval(ap.appName(), ap.username(), ap.scopes()))));
        List<OrgSpec.IpRange> ranges = admin.ipRanges().list().stream().map(r -> {
            profiles.add(r.profile());
            return new OrgSpec.IpRange(r.profile(), r.start(), r.end(), r.description());
        }).toList();
        return new OrgSpec(List.copyOf(profiles), List.copyOf(sets), apps, users, approvals, ranges, objects(), List.of());
    }

    private List<OrgSpec.CustomObject> objects() {
        List<OrgSpec.CustomObject> objects = new ArrayList<>();
        for (SObjectDef def : catalog.all()) {
            if (def.custom()) {
                List<OrgSpec.Field> fields = def.fields().stream().filter(FieldDef::custom)
                        .map(f -> new OrgSpec.Field(f.name(), f.label(), f.type().describeName(),
                                f.referenceTo().isEmpty() ? null : f.referenceTo().get(0), !f.nillable()))
                        .toList();
                objects.add(new OrgSpec.CustomObject(def.name(), def.label(), fields));
            }
        }
        return objects;
    }
}
