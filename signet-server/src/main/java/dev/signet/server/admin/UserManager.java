package dev.signet.server.admin;

import dev.signet.server.model.AppApproval;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.User;
import dev.signet.server.secrets.PasswordHasher;
import dev.signet.server.secrets.PasswordRules;
import dev.signet.server.storage.Repositories;
import java.time.Clock;
import java.util.List;

/** Users beyond creation: edit, freeze, set the password, list and revoke app approvals. */
public record UserManager(AdminService admin, Repositories repositories, PasswordHasher hasher, Clock clock) {
    public User edit(String username, UserEdit edit) {
        User u = admin.user(username);
        FieldLimits.name(edit.firstName(), "firstName");
        FieldLimits.name(edit.lastName(), "lastName");
        FieldLimits.name(edit.profile(), "profile");
        FieldLimits.names(edit.permissionSets(), "permissionSets");
        String lastName = edit.lastName() != null ? edit.lastName().trim() : u.lastName();
        if (lastName.isEmpty()) {
            throw AdminException.badRequest("last name is required");
        }
        String profile = edit.profile() != null ? edit.profile().trim() : u.profile();
        if (profile.isEmpty()) {
            throw AdminException.badRequest("profile is required");
        }
        String email = edit.email() == null ? u.email() : edit.email().isBlank() ? u.username() : edit.email().trim();
        if (!email.contains("@") || email.length() > 255) {
            throw AdminException.badRequest("'" + email + "' is not an email address");
        }
        repositories.users().update(new User(u.id(), u.orgId(), u.username(), email,
                orElse(edit.firstName(), u.firstName()), lastName, profile,
                edit.permissionSets() != null ? edit.permissionSets() : u.permissionSets(), u.active(), u.frozen(),
                u.createdAt(), u.modifiedAt()), clock.instant());
        return admin.user(username);
    }

    /** Freezes (no logins, tokens stop working) or unfreezes a user. */
    public User setFrozen(String username, boolean frozen) {
        User u = admin.user(username);
        repositories.users().setFrozen(u.id(), frozen, clock.instant());
        if (frozen) {
            repositories.browserSessions().deleteForUser(u.id());
        }
        return admin.user(username);
    }

    /** Sets the password of the interactive login and ends the user's browser repositories.browserSessions(). */
    public User setPassword(String username, String password) {
        User u = admin.user(username);
        String problem = PasswordRules.problem(password);
        if (problem != null) {
            throw AdminException.badRequest(problem);
        }
        repositories.passwords().set(u.id(), hasher.hash(password.toCharArray()), clock.instant());
        repositories.browserSessions().deleteForUser(u.id());
        return u;
    }

    public boolean hasPassword(String username) {
        return repositories.passwords().hasPassword(admin.user(username).id());
    }

    public List<AppApproval> approvals(String username) {
        return repositories.apps().approvalsOfUser(admin.user(username).id());
    }

    /**
     * Revokes the user's approval of an app, with its refresh and access tokens: the user's next
     * JWT login to a self-authorize app fails until the user approves it again.
     */
    public void revokeApproval(String username, String appKey) {
        User u = admin.user(username);
        ConnectedApp app = admin.app(appKey);
        if (!repositories.apps().revokeApproval(app.id(), u.id())) {
            throw AdminException.notFound(username + " has not approved " + app.name());
        }
        repositories.refreshTokens().revokeAll(app.id(), u.id(), clock.instant());
    }

    private static String orElse(String value, String current) {
        return value == null ? current : value.isBlank() ? null : value.trim();
    }
}
