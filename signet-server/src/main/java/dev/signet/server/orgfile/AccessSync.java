package dev.signet.server.orgfile;

import dev.signet.server.admin.Administration;
import dev.signet.server.model.AppApproval;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.LoginIpRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Approvals of self-authorize apps and profiles' login IP ranges, as declared; pruned when asked. */
final class AccessSync {
    private final Administration admin;
    private final boolean apply;

    AccessSync(Administration admin, boolean apply) {
        this.admin = admin;
        this.apply = apply;
    }

    List<OrgChange> sync(OrgSpec spec, boolean prune) {
        List<OrgChange> changes = new ArrayList<>();
        approvals(spec, prune, changes);
        ipRanges(spec, prune, changes);
        return changes;
    }

    private void approvals(OrgSpec spec, boolean prune, List<OrgChange> changes) {
        List<AppApproval> existing = new ArrayList<>();
        for (ConnectedApp app : admin.admin().apps()) {
            existing.addAll(admin.apps().approvals(app.consumerKey()));
        }
        for (OrgSpec.Approval a : spec.approvals()) {
            String name = a.user() + " for " + a.app();
            boolean present = existing.stream().anyMatch(e -> e.appName().equals(a.app())
                    && e.username().equalsIgnoreCase(a.user()));
            changes.add(OrgChange.of(present ? OrgChange.Action.UNCHANGED : OrgChange.Action.CREATE, "approval", name,
                    null));
            if (!present && apply) {
                admin.admin().approve(admin.admin().app(a.app()).consumerKey(), a.user(), a.scopes());
            }
        }
        if (prune) {
            for (AppApproval e : existing) {
                boolean declared = spec.approvals().stream().anyMatch(a -> a.app().equals(e.appName())
                        && a.user().toLowerCase(Locale.ROOT).equals(e.username().toLowerCase(Locale.ROOT)));
                if (!declared) {
                    changes.add(OrgChange.of(OrgChange.Action.DELETE, "approval", e.username() + " for " + e.appName(),
                            null));
                    if (apply) {
                        admin.users().revokeApproval(e.username(), e.consumerKey());
                    }
                }
            }
        }
    }

    private void ipRanges(OrgSpec spec, boolean prune, List<OrgChange> changes) {
        List<LoginIpRange> existing = admin.ipRanges().list();
        for (OrgSpec.IpRange r : spec.ipRanges()) {
            String name = r.profile() + " " + r.start() + "-" + r.end();
            boolean present = existing.stream().anyMatch(e -> e.profile().equals(r.profile())
                    && e.start().equals(r.start()) && e.end().equals(r.end()));
            changes.add(OrgChange.of(present ? OrgChange.Action.UNCHANGED : OrgChange.Action.CREATE, "ip-range", name,
                    null));
            if (!present && apply) {
                admin.ipRanges().add(r.profile(), r.start(), r.end(), r.description());
            }
        }
        if (prune) {
            for (LoginIpRange e : existing) {
                if (spec.ipRanges().stream().noneMatch(r -> r.profile().equals(e.profile()) && r.start().equals(e.start())
                        && r.end().equals(e.end()))) {
                    changes.add(OrgChange.of(OrgChange.Action.DELETE, "ip-range",
                            e.profile() + " " + e.start() + "-" + e.end(), null));
                    if (apply) {
                        admin.ipRanges().remove(e.profile(), e.start(), e.end());
                    }
                }
            }
        }
    }
}
