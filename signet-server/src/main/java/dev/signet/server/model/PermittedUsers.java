package dev.signet.server.model;

/** Connected-app "Permitted Users" policy (metadata {@code oauthConfig.isAdminApproved}). */
public enum PermittedUsers {
    /** "Admin approved users are pre-authorized": via assigned profiles and permission sets. */
    ADMIN_APPROVED,
    /** "All users may self-authorize": each user approves the app once, interactively. */
    SELF_AUTHORIZE
}
