package dev.signet.server.storage;

import dev.signet.server.model.User;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Users and their permission-set assignments. */
public final class UserRepository {
    private static final String COLUMNS =
            "id, org_id, username, email, first_name, last_name, profile, active, frozen, created_at, modified_at";

    private final Jdbc jdbc;
    private final StateCache<String, User> byUsername;
    private final StateCache<String, User> byId;

    public UserRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.byUsername = new StateCache<>(jdbc);
        this.byId = new StateCache<>(jdbc);
    }

    /** The user with this username (cached until the next write; see {@link DirectoryChanges}). */
    public Optional<User> findByUsername(String username) {
        return byUsername.get(username, key -> jdbc.queryOne("select " + COLUMNS + " from sf_user where username = ?",
                this::map, key).map(this::withPermissionSets));
    }

    /** The user with this id (cached until the next write). */
    public Optional<User> findById(String id) {
        return byId.get(id, key -> jdbc.queryOne("select " + COLUMNS + " from sf_user where id = ?", this::map, key)
                .map(this::withPermissionSets));
    }

    public List<User> findAll() {
        return jdbc.query("select " + COLUMNS + " from sf_user order by username", this::map).stream()
                .map(this::withPermissionSets)
                .toList();
    }

    public void insert(User user) {
        jdbc.inTransaction(tx -> {
            tx.update("insert into sf_user (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    user.id(), user.orgId(), user.username(), user.email(), user.firstName(), user.lastName(),
                    user.profile(), user.active(), user.frozen(), user.createdAt(), user.modifiedAt());
            for (String ps : user.permissionSets()) {
                tx.update("insert into user_permission_set (user_id, permission_set) values (?, ?)", user.id(), ps);
            }
            return null;
        });
    }

    public void setActive(String userId, boolean active, Instant now) {
        jdbc.update("update sf_user set active = ?, modified_at = ? where id = ?", active, now, userId);
    }

    public void setProfile(String userId, String profile, Instant now) {
        jdbc.update("update sf_user set profile = ?, modified_at = ? where id = ?", profile, now, userId);
    }

    public void addPermissionSet(String userId, String permissionSet) {
        jdbc.update("insert into user_permission_set (user_id, permission_set) select ?, ? where not exists "
                + "(select 1 from user_permission_set where user_id = ? and permission_set = ?)",
                userId, permissionSet, userId, permissionSet);
    }

    public void setFrozen(String userId, boolean frozen, Instant now) {
        jdbc.update("update sf_user set frozen = ?, modified_at = ? where id = ?", frozen, now, userId);
    }

    /** Updates the name, email and profile, and replaces the permission-set assignments. */
    public void update(User user, Instant now) {
        jdbc.inTransaction(tx -> {
            tx.update("update sf_user set email = ?, first_name = ?, last_name = ?, profile = ?, modified_at = ? "
                    + "where id = ?", user.email(), user.firstName(), user.lastName(), user.profile(), now, user.id());
            tx.update("delete from user_permission_set where user_id = ?", user.id());
            for (String ps : user.permissionSets()) {
                tx.update("insert into user_permission_set (user_id, permission_set) values (?, ?)", user.id(), ps);
            }
            return null;
        });
    }

    /** Every profile some user has, sorted. */
    public List<String> profiles() {
        return jdbc.query("select distinct profile from sf_user order by profile", rs -> rs.getString(1));
    }

    private User withPermissionSets(User u) {
        Set<String> sets = new HashSet<>(jdbc.query(
                "select permission_set from user_permission_set where user_id = ?", rs -> rs.getString(1), u.id()));
        return new User(u.id(), u.orgId(), u.username(), u.email(), u.firstName(), u.lastName(), u.profile(), sets,
                u.active(), u.frozen(), u.createdAt(), u.modifiedAt());
    }

    private User map(ResultSet rs) throws SQLException {
        return new User(rs.getString("id"), rs.getString("org_id"), rs.getString("username"), rs.getString("email"),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("profile"), Set.of(),
                rs.getBoolean("active"), rs.getBoolean("frozen"), Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "modified_at"));
    }
}
