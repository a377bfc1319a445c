package dev.signet.server.orgfile;

import dev.signet.server.admin.Administration;
import dev.signet.server.model.ConnectedApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies an org file, idempotently: each declared thing is created, updated or left as it is,
 * and with {@code prune} what the file no longer declares is removed (apps deleted, users
 * deactivated — Salesforce never deletes users —, approvals revoked, IP ranges removed). The plan
 * is the same walk with nothing written, so what a dry run prints is what an apply does. The file
 * was checked whole when it was read; a change the server still refuses stops the apply there.
 */
public final class OrgSync {
    private final Administration admin;
    private final OrgData data;

    public OrgSync(Administration admin, OrgData data) {
        this.admin = admin;
        this.data = data;
    }

    /** What applying {@code spec} would do; nothing is written. */
    public List<OrgChange> plan(OrgSpec spec, boolean prune) {
        return walk(spec, prune, false);
    }

    /** Applies {@code spec}; returns what it did. */
    public synchronized List<OrgChange> apply(OrgSpec spec, boolean prune) {
        return walk(spec, prune, true);
    }

    private List<OrgChange> walk(OrgSpec spec, boolean prune, boolean apply) {
        List<OrgChange> changes = new ArrayList<>();
        Map<String, ConnectedApp> apps = admin.admin().apps().stream()
                .collect(Collectors.toMap(ConnectedApp::name, Function.identity(), (a, b) -> a));
        AppSync appSync = new AppSync(admin, apply);
        for (OrgSpec.App app : spec.apps()) {
            changes.add(appSync.sync(app, Optional.ofNullable(apps.get(app.name()))));
        }
        UserSync users = new UserSync(admin, apply);
        spec.users().forEach(u -> changes.add(users.sync(u)));
        changes.addAll(new AccessSync(admin, apply).sync(spec, prune));
        changes.addAll(data.sync(spec, apply));
        if (prune) {
            for (ConnectedApp app : apps.values()) {
                if (spec.apps().stream().noneMatch(a -> a.name().equals(app.name()))) {
                    changes.add(OrgChange.of(OrgChange.Action.DELETE, "app", app.name(), null));
                    if (apply) {
                        admin.apps().delete(app.consumerKey());
                    }
                }
            }
            changes.addAll(users.prune(spec.users().stream().map(u -> u.username().toLowerCase(Locale.ROOT)).toList()));
        }
        return changes;
    }
}
