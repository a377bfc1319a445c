package dev.signet.server.admin;

import dev.signet.server.model.AppApproval;
import dev.signet.server.model.AppCertificate;
import dev.signet.server.model.AppSettings;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.storage.AppRepository;
import java.util.List;

/**
 * App Manager beyond creation: edit details and policies, manage pre-authorized profiles and
 * permission sets, retire or re-activate certificates (key rotation without downtime), delete.
 */
public record AppManager(AdminService admin, AppRepository apps) {
    public ConnectedApp edit(String appKey, AppEdit edit) {
        ConnectedApp app = admin.app(appKey);
        AppSettings old = app.settings();
        AppSettings settings = AppSettingsRules.check(new AppSettings(
                edit.apiName() != null ? edit.apiName() : old.apiName(),
                edit.contactEmail() != null ? edit.contactEmail() : old.contactEmail(),
                edit.description() != null ? edit.description() : old.description(),
                edit.callbackUrls() != null ? edit.callbackUrls() : old.callbackUrls(), old.ipRelaxation()));
        apps.updateSettings(app.id(), settings);
        if (edit.scopes() != null) {
            AdminFields.SCOPES.checkJoined(edit.scopes(), " ");
            apps.setScopes(app.id(), AppSettingsRules.scopes(edit.scopes()));
        }
        if (edit.jwtAccessTokens() != null) {
            apps.setJwtAccessTokens(app.id(), edit.jwtAccessTokens());
        }
        if (edit.enabled() != null) {
            admin.setEnabled(app.consumerKey(), edit.enabled());
        }
        return admin.app(app.consumerKey());
    }

    public ConnectedApp setPolicies(String appKey, AppPolicies policies) {
        ConnectedApp app = admin.app(appKey);
        apps.setPolicy(app.id(), policies.permittedUsers() != null ? policies.permittedUsers() : app.permittedUsers(),
                policies.sessionTimeoutMinutes() != null ? AppSettingsRules.sessionTimeout(policies.sessionTimeoutMinutes())
                        : app.sessionTimeoutMinutes(),
                policies.strictAssertions() != null ? policies.strictAssertions() : app.strictAssertions());
        if (policies.ipRelaxation() != null) {
            apps.updateSettings(app.id(), app.settings().withIpRelaxation(policies.ipRelaxation()));
        }
        return admin.app(app.consumerKey());
    }

    /** Removes a pre-authorized profile and/or permission set (the reverse of {@link AdminService#grant}). */
    public ConnectedApp revokeGrant(String appKey, String profile, String permissionSet) {
        ConnectedApp app = admin.app(appKey);
        if (isBlank(profile) && isBlank(permissionSet)) {
            throw AdminException.badRequest("give a profile or a permission set to remove");
        }
        if (!isBlank(profile)) {
            apps.removeProfile(app.id(), profile.trim());
        }
        if (!isBlank(permissionSet)) {
            apps.removePermissionSet(app.id(), permissionSet.trim());
        }
        return admin.app(app.consumerKey());
    }

    /**
     * Retires ({@code active=false}) or re-activates a certificate. The last active certificate
     * cannot be retired: add the new one first, move the clients to its key, then retire the old.
     */
    public ConnectedApp setCertificateActive(String appKey, String fingerprint, boolean active) {
        ConnectedApp app = admin.app(appKey);
        AppCertificate cert = app.certificates().stream().filter(c -> c.id().equalsIgnoreCase(fingerprint)).findFirst()
                .orElseThrow(() -> AdminException.notFound("the app has no certificate with fingerprint " + fingerprint));
        if (!active && cert.active() && app.activeCertificates().size() == 1) {
            throw AdminException.conflict("this is the app's only active certificate: add the new certificate "
                    + "first, then retire this one");
        }
        apps.setCertificateActive(app.id(), cert.id(), active);
        return admin.app(app.consumerKey());
    }

    public List<AppApproval> approvals(String appKey) {
        return apps.approvalsOfApp(admin.app(appKey).id());
    }

    /** Deletes the app; its consumer key stops working and its tokens with it. */
    public void delete(String appKey) {
        apps.delete(admin.app(appKey).id());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
