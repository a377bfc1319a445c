package dev.signet.server.login;

import dev.signet.core.oauth.OAuth2Errors;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.PermittedUsers;
import dev.signet.server.model.User;
import dev.signet.server.storage.AppRepository;
import java.util.List;

/**
 * The connected app's Permitted Users policy: admin-approved apps admit users whose profile or a
 * permission set is assigned to the app, and grant the app's scopes; self-authorize apps admit
 * users who approved the app once with the {@code refresh_token} scope, and grant the scopes
 * they approved.
 */
public final class ApprovalPolicy {
    private final AppRepository apps;

    public ApprovalPolicy(AppRepository apps) {
        this.apps = apps;
    }

    /** Whether the user's profile or one of its permission sets is assigned to the app. */
    public static boolean preAuthorized(ConnectedApp app, User user) {
        return app.profiles().contains(user.profile())
                || user.permissionSets().stream().anyMatch(app.permissionSets()::contains);
    }

    /** The scopes the app gets for the user in a login without consent (JWT bearer). */
    public List<String> grantedScopes(ConnectedApp app, User user) throws LoginFailure {
        if (app.permittedUsers() == PermittedUsers.ADMIN_APPROVED) {
            if (!preAuthorized(app, user)) {
                throw new LoginFailure(OAuth2Errors.NOT_ADMIN_APPROVED, LoginStatus.NOT_APPROVED,
                        "neither the user's profile '" + user.profile() + "' nor any of its permission sets "
                                + user.permissionSets() + " is assigned to the app");
            }
            return app.scopes();
        }
        List<String> approved = apps.approvedScopes(app.id(), user.id()).orElseThrow(() -> new LoginFailure(
                OAuth2Errors.NOT_APPROVED, LoginStatus.NOT_APPROVED, "self-authorize app: the user has not approved it"));
        // Salesforce counts only approvals that included a refresh token (spec §2.3).
        if (!approved.contains("refresh_token") && !approved.contains("offline_access")) {
            throw new LoginFailure(OAuth2Errors.NOT_APPROVED, LoginStatus.NOT_APPROVED,
                    "self-authorize app: the user's approval did not include the refresh_token scope");
        }
        return approved;
    }
}
