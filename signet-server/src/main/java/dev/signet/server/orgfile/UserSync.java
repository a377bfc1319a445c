package dev.signet.server.orgfile;

import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.Administration;
import dev.signet.server.admin.NewUser;
import dev.signet.server.admin.UserEdit;
import dev.signet.server.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Brings one declared user to what the file says; with prune, deactivates users the file does not name. */
final class UserSync {
    private final Administration admin;
    private final boolean apply;

    UserSync(Administration admin, boolean apply) {
        this.admin = admin;
        this.apply = apply;
    }

    OrgChange sync(OrgSpec.User user) {
        Optional<User> existing = find(user.username());
        if (existing.isEmpty()) {
            if (apply) {
                admin.admin().createUser(new NewUser(user.username(), user.email(), user.firstName(), user.lastName(),
                        user.profile(), user.permissionSets()));
                state(user, true, false);
            }
            return OrgChange.of(OrgChange.Action.CREATE, "user", user.username(), null);
        }
        User current = existing.get();
        List<String> changed = new ArrayList<>();
        // A name the file leaves out is the server's to choose (it derives a last name), not a change.
        boolean details = !Objects.equals(user.email(), current.email())
                || user.firstName() != null && !user.firstName().equals(current.firstName())
                || user.lastName() != null && !user.lastName().equals(current.lastName())
                || !user.profile().equals(current.profile())
                || !user.permissionSets().equals(current.permissionSets());
        if (details) {
            changed.add("details");
            if (apply) {
                admin.users().edit(current.username(), new UserEdit(user.email(), user.firstName(), user.lastName(),
                        user.profile(), user.permissionSets()));
            }
        }
        if (user.active() != current.active()) {
            changed.add(user.active() ? "activated" : "deactivated");
        }
        if (user.frozen() != current.frozen()) {
            changed.add(user.frozen() ? "frozen" : "unfrozen");
        }
        if (apply) {
            state(user, current.active(), current.frozen());
        }
        return changed.isEmpty() ? OrgChange.of(OrgChange.Action.UNCHANGED, "user", user.username(), null)
                : OrgChange.of(OrgChange.Action.UPDATE, "user", user.username(), String.join(", ", changed));
    }

    /** Deactivates the active users not in {@code declared} (lower-case usernames). */
    List<OrgChange> prune(List<String> declared) {
        List<OrgChange> changes = new ArrayList<>();
        for (User u : admin.admin().users()) {
            if (u.active() && !declared.contains(u.username().toLowerCase(Locale.ROOT))) {
                changes.add(OrgChange.of(OrgChange.Action.DELETE, "user", u.username(), "deactivated"));
                if (apply) {
                    admin.admin().deactivate(u.username());
                }
            }
        }
        return changes;
    }

    private void state(OrgSpec.User user, boolean active, boolean frozen) {
        if (user.active() != active) {
            if (user.active()) {
                admin.admin().activate(user.username());
            } else {
                admin.admin().deactivate(user.username());
            }
        }
        if (user.frozen() != frozen) {
            admin.users().setFrozen(user.username(), user.frozen());
        }
    }

    private Optional<User> find(String username) {
        try {
            return Optional.of(admin.admin().user(username));
        } catch (AdminException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
