package dev.signet.server.admin;

import dev.signet.server.model.AppApproval;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.User;
import dev.signet.server.login.LockoutPolicy;
import dev.signet.server.secrets.PasswordRules;
import dev.signet.server.storage.Repositories;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Users beyond creation: edit, freeze, set the password, unlock, list and revoke app approvals. */
public record UserManager(AdminService admin, Repositories repositories, Passwords passwords, Clock clock) {
    public User edit(String username, UserEdit edit) {
        AdminFields.check(edit);
        User u = admin.user(username);
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

    /**
     * Freezes (no logins; tokens, refresh tokens and browser sessions end) or unfreezes a user. Like
     * deactivation, it revokes on both changes, so unfreezing never revives a token.
     */
    public User setFrozen(String username, boolean frozen) {
        User u = admin.user(username);
        if (u.frozen() != frozen) {
            repositories.users().setFrozen(u.id(), frozen, clock.instant());
            repositories.revocations().revokeForUser(u.id(), clock.instant());
            repositories.browserSessions().deleteForUser(u.id());
        }
        return admin.user(username);
    }

    /** Sets the password of the interactive login, ends the user's browser sessions and any lockout. */
    public User setPassword(String username, String password) {
        User u = admin.user(username);
        String problem = PasswordRules.problem(password);
        if (problem != null) {
            throw AdminException.badRequest(problem);
        }
        repositories.passwords().set(u.id(), passwords.hasher().hash(password.toCharArray()), clock.instant());
        repositories.browserSessions().deleteForUser(u.id());
        passwords.lockout().unlock(LockoutPolicy.Account.USER, u.id());
        return u;
    }

    /** Ends the user's password lockout; false if the user was not locked out. */
    public boolean unlock(String username) {
        return passwords.lockout().unlock(LockoutPolicy.Account.USER, admin.user(username).id());
    }

    /** When the user's password lockout ends, if the user is locked out now. */
    public Optional<Instant> lockedUntil(String username) {
        return passwords.lockout().lockedUntil(LockoutPolicy.Account.USER, admin.user(username).id());
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
        repositories.revocations().revokeForUserAndApp(app.id(), u.id(), clock.instant());
    }

    private static String orElse(String value, String current) {
        return value == null ? current : value.isBlank() ? null : value.trim();
    }
}
