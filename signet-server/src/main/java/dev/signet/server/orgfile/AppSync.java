package dev.signet.server.orgfile;

import dev.signet.core.keys.CertificateLoader;
import dev.signet.server.admin.AppEdit;
import dev.signet.server.admin.AppPolicies;
import dev.signet.server.admin.Administration;
import dev.signet.server.admin.NewApp;
import dev.signet.server.model.AppCertificate;
import dev.signet.server.model.AppSettings;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.PermittedUsers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Brings one declared app to what the file says: created if missing; otherwise its certificate
 * (added and made active if new), scopes, grants, policies and settings changed where they differ.
 * With {@code apply} false it only says what it would do.
 */
final class AppSync {
    private final Administration admin;
    private final boolean apply;

    AppSync(Administration admin, boolean apply) {
        this.admin = admin;
        this.apply = apply;
    }

    OrgChange sync(OrgSpec.App app, Optional<ConnectedApp> existing) {
        if (existing.isEmpty()) {
            if (apply) {
                create(app);
            }
            return OrgChange.of(OrgChange.Action.CREATE, "app", app.name(), null);
        }
        ConnectedApp current = existing.get();
        List<String> changed = new ArrayList<>();
        String key = current.consumerKey();
        certificate(app, current, key, changed);
        grants(app, current, key, changed);
        AppEdit edit = edit(app, current, changed);
        if (edit != null && apply) {
            admin.apps().edit(key, edit);
        }
        AppPolicies policies = policies(app, current, changed);
        if (policies != null && apply) {
            admin.apps().setPolicies(key, policies);
        }
        return changed.isEmpty() ? OrgChange.of(OrgChange.Action.UNCHANGED, "app", app.name(), null)
                : OrgChange.of(OrgChange.Action.UPDATE, "app", app.name(), String.join(", ", changed));
    }

    private void create(OrgSpec.App app) {
        ConnectedApp created = admin.admin().createApp(NewApp.builder().name(app.name())
                .certificate(app.certificatePem().getBytes(StandardCharsets.US_ASCII)).scopes(app.scopes())
                .selfAuthorize(app.selfAuthorize()).profiles(app.profiles()).permissionSets(app.permissionSets())
                .sessionTimeoutMinutes(app.sessionTimeoutMinutes()).strictAssertions(app.strictAssertions())
                .jwtAccessTokens(app.jwtAccessTokens()).introspectAllTokens(app.introspectAllTokens())
                .settings(new AppSettings(null, null, app.description(), app.callbackUrls(), app.ipRelaxation())).build());
        if (!app.enabled()) {
            admin.admin().setEnabled(created.consumerKey(), false);
        }
    }

    private void certificate(OrgSpec.App app, ConnectedApp current, String key, List<String> changed) {
        String fingerprint = CertificateLoader.sha256Fingerprint(
                CertificateLoader.parse(app.certificatePem().getBytes(StandardCharsets.US_ASCII)));
        Optional<AppCertificate> known = current.certificates().stream().filter(c -> c.id().equals(fingerprint))
                .findFirst();
        if (known.isEmpty()) {
            changed.add("certificate added");
            if (apply) {
                admin.admin().addCertificate(key, app.certificatePem().getBytes(StandardCharsets.US_ASCII));
            }
        } else if (!known.get().active()) {
            changed.add("certificate activated");
            if (apply) {
                admin.apps().setCertificateActive(key, fingerprint, true);
            }
        }
    }

    private void grants(OrgSpec.App app, ConnectedApp current, String key, List<String> changed) {
        sync(app.profiles(), current.profiles(), "profile", p -> admin.admin().grant(key, p, null),
                p -> admin.apps().revokeGrant(key, p, null), changed);
        sync(app.permissionSets(), current.permissionSets(), "permission set", s -> admin.admin().grant(key, null, s),
                s -> admin.apps().revokeGrant(key, null, s), changed);
    }

    private void sync(Set<String> wanted, Set<String> have, String what, java.util.function.Consumer<String> add,
            java.util.function.Consumer<String> remove, List<String> changed) {
        for (String name : wanted) {
            if (!have.contains(name)) {
                changed.add(what + " " + name + " granted");
                if (apply) {
                    add.accept(name);
                }
            }
        }
        for (String name : new HashSet<>(have)) {
            if (!wanted.contains(name)) {
                changed.add(what + " " + name + " removed");
                if (apply) {
                    remove.accept(name);
                }
            }
        }
    }

    private static AppEdit edit(OrgSpec.App app, ConnectedApp current, List<String> changed) {
        int before = changed.size();
        boolean scopes = !Set.copyOf(app.scopes()).equals(Set.copyOf(current.scopes()));
        note(scopes, "scopes", changed);
        note(app.jwtAccessTokens() != current.jwtAccessTokens(), "jwtAccessTokens", changed);
        note(app.enabled() != current.enabled(), app.enabled() ? "enabled" : "disabled", changed);
        note(!Objects.equals(app.description(), current.settings().description()), "description", changed);
        note(!app.callbackUrls().equals(current.settings().callbackUrls()), "callbackUrls", changed);
        return changed.size() == before ? null : new AppEdit(null, null, app.description(), app.callbackUrls(),
                app.scopes(), app.jwtAccessTokens(), app.enabled());
    }

    private static AppPolicies policies(OrgSpec.App app, ConnectedApp current, List<String> changed) {
        int before = changed.size();
        PermittedUsers permitted = app.selfAuthorize() ? PermittedUsers.SELF_AUTHORIZE : PermittedUsers.ADMIN_APPROVED;
        note(permitted != current.permittedUsers(), "permittedUsers", changed);
        note(app.ipRelaxation() != current.settings().ipRelaxation(), "ipRelaxation", changed);
        note(app.sessionTimeoutMinutes() != current.sessionTimeoutMinutes(), "sessionTimeoutMinutes", changed);
        note(app.strictAssertions() != current.strictAssertions(), "strict", changed);
        return changed.size() == before ? null : new AppPolicies(permitted, app.ipRelaxation(),
                app.sessionTimeoutMinutes(), app.strictAssertions());
    }

    private static void note(boolean differs, String what, List<String> changed) {
        if (differs) {
            changed.add(what);
        }
    }
}
