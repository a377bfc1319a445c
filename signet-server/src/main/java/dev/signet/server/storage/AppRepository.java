package dev.signet.server.storage;

import dev.signet.server.model.AppApproval;
import dev.signet.server.model.AppCertificate;
import dev.signet.server.model.AppSettings;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.PermittedUsers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Connected apps with their certificates, pre-authorized profiles/permission sets and approvals. */
public final class AppRepository {
    private static final String COLUMNS = "id, org_id, name, consumer_key, scopes, admin_approved, "
            + "session_timeout_minutes, strict_assertions, enabled, created_at, jwt_access_tokens, introspect_all_tokens";
    private static final String SETTINGS_COLUMNS = "api_name, contact_email, description, callback_urls, ip_relaxation";
    private static final String SELECT_COLUMNS = COLUMNS + ", " + SETTINGS_COLUMNS;
    private static final List<String> APP_CHILD_TABLES = List.of("app_certificate", "app_grant", "app_approval",
            "authorization_code", "refresh_token", "access_token", "access_token_v1", "used_jti");
    private static final String APPROVALS = "select a.app_id, c.name, c.consumer_key, a.user_id, u.username, a.scopes, "
            + "a.approved_at from app_approval a join connected_app c on c.id = a.app_id "
            + "join sf_user u on u.id = a.user_id ";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    static final String PROFILE = "PROFILE";
    static final String PERMISSION_SET = "PERMISSION_SET";

    private record ApprovalKey(String appId, String userId) {}

    private final Jdbc jdbc;
    private final StateCache<String, ConnectedApp> byConsumerKey;
    private final StateCache<String, ConnectedApp> byId;
    private final StateCache<ApprovalKey, List<String>> approvals;

    public AppRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.byConsumerKey = new StateCache<>(jdbc);
        this.byId = new StateCache<>(jdbc);
        this.approvals = new StateCache<>(jdbc);
    }

    /** The app with this consumer key (cached until the next write; see {@link DirectoryChanges}). */
    public Optional<ConnectedApp> findByConsumerKey(String consumerKey) {
        return byConsumerKey.get(consumerKey, key -> jdbc.queryOne(
                "select " + SELECT_COLUMNS + " from connected_app where consumer_key = ?", this::map, key)
                .map(this::complete));
    }

    /** The app with this id (cached until the next write). */
    public Optional<ConnectedApp> findById(String id) {
        return byId.get(id, key -> jdbc.queryOne("select " + SELECT_COLUMNS + " from connected_app where id = ?",
                this::map, key).map(this::complete));
    }

    public Optional<ConnectedApp> findByName(String name) {
        return jdbc.queryOne("select " + SELECT_COLUMNS + " from connected_app where name = ?", this::map, name)
                .map(this::complete);
    }

    public List<ConnectedApp> findAll() {
        return jdbc.query("select " + SELECT_COLUMNS + " from connected_app order by name", this::map).stream()
                .map(this::complete)
                .toList();
    }

    public void insert(ConnectedApp app) {
        jdbc.inTransaction(tx -> {
            tx.update("insert into connected_app (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    app.id(), app.orgId(), app.name(), app.consumerKey(), String.join(" ", app.scopes()),
                    app.permittedUsers() == PermittedUsers.ADMIN_APPROVED, app.sessionTimeoutMinutes(),
                    app.strictAssertions(), app.enabled(), app.createdAt(), app.jwtAccessTokens(),
                    app.introspectAllTokens());
            AppRepository inTx = new AppRepository(tx);
            for (AppCertificate cert : app.certificates()) {
                inTx.addCertificate(app.id(), cert);
            }
            for (String p : app.profiles()) {
                inTx.addGrant(app.id(), PROFILE, p);
            }
            for (String s : app.permissionSets()) {
                inTx.addGrant(app.id(), PERMISSION_SET, s);
            }
            inTx.updateSettings(app.id(), app.settings());
            return null;
        });
    }

    public void addCertificate(String appId, AppCertificate cert) {
        jdbc.update("insert into app_certificate (fingerprint, app_id, pem, subject, not_before, not_after, active, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", cert.id(), appId, cert.pem(), cert.subject(),
                cert.notBefore(), cert.notAfter(), cert.active(), cert.createdAt());
    }

    public void grantProfile(String appId, String profile) {
        addGrant(appId, PROFILE, profile);
    }

    public void grantPermissionSet(String appId, String permissionSet) {
        addGrant(appId, PERMISSION_SET, permissionSet);
    }

    private void addGrant(String appId, String kind, String name) {
        jdbc.update("insert into app_grant (app_id, kind, name) select ?, ?, ? where not exists "
                + "(select 1 from app_grant where app_id = ? and kind = ? and name = ?)",
                appId, kind, name, appId, kind, name);
    }

    /** Activates or retires a certificate (retired ones no longer verify signatures). */
    public void setCertificateActive(String appId, String fingerprint, boolean active) {
        jdbc.update("update app_certificate set active = ? where app_id = ? and fingerprint = ?", active, appId,
                fingerprint);
    }

    public void setEnabled(String appId, boolean enabled) {
        jdbc.update("update connected_app set enabled = ? where id = ?", enabled, appId);
    }

    public void setPolicy(String appId, PermittedUsers permittedUsers, int sessionTimeoutMinutes, boolean strict) {
        jdbc.update("update connected_app set admin_approved = ?, session_timeout_minutes = ?, strict_assertions = ? "
                + "where id = ?", permittedUsers == PermittedUsers.ADMIN_APPROVED, sessionTimeoutMinutes, strict, appId);
    }

    /** Records (or replaces) a user's approval of a self-authorize app. */
    public void approve(String appId, String userId, List<String> scopes, Instant now) {
        jdbc.inTransaction(tx -> {
            tx.update("delete from app_approval where app_id = ? and user_id = ?", appId, userId);
            tx.update("insert into app_approval (app_id, user_id, scopes, approved_at) values (?, ?, ?, ?)",
                    appId, userId, String.join(" ", scopes), now);
            return null;
        });
    }

    /** The scopes the user approved for the app, or empty if never approved (cached until the next write). */
    public Optional<List<String>> approvedScopes(String appId, String userId) {
        return approvals.get(new ApprovalKey(appId, userId), key -> jdbc.queryOne(
                "select scopes from app_approval where app_id = ? and user_id = ?",
                rs -> splitScopes(rs.getString(1)), key.appId(), key.userId()));
    }

    public List<String> approvedUserIds(String appId) {
        return jdbc.query("select user_id from app_approval where app_id = ? order by approved_at", rs -> rs.getString(1),
                appId);
    }

    /** Stores App Manager details and the IP relaxation policy. */
    public void updateSettings(String appId, AppSettings settings) {
        jdbc.update("update connected_app set api_name = ?, contact_email = ?, description = ?, callback_urls = ?, "
                + "ip_relaxation = ? where id = ?", settings.apiName(), settings.contactEmail(), settings.description(),
                AppSettingsColumns.callbackUrls(settings), settings.ipRelaxation().name(), appId);
    }

    /** "JWT-based access tokens for named users" on or off. */
    public void setJwtAccessTokens(String appId, boolean jwtAccessTokens) {
        jdbc.update("update connected_app set jwt_access_tokens = ? where id = ?", jwtAccessTokens, appId);
    }

    public void setScopes(String appId, List<String> scopes) {
        jdbc.update("update connected_app set scopes = ? where id = ?", String.join(" ", scopes), appId);
    }

    /** Removes a pre-authorized profile (Manage Profiles). */
    public void removeProfile(String appId, String profile) {
        jdbc.update("delete from app_grant where app_id = ? and kind = ? and name = ?", appId, PROFILE, profile);
    }

    /** Removes a pre-authorized permission set (Manage Permission Sets). */
    public void removePermissionSet(String appId, String permissionSet) {
        jdbc.update("delete from app_grant where app_id = ? and kind = ? and name = ?", appId, PERMISSION_SET,
                permissionSet);
    }

    /** Deletes a user's approval; true if there was one. */
    public boolean revokeApproval(String appId, String userId) {
        return jdbc.update("delete from app_approval where app_id = ? and user_id = ?", appId, userId) == 1;
    }

    public List<AppApproval> approvalsOfApp(String appId) {
        return jdbc.query(APPROVALS + "where a.app_id = ? order by u.username", AppRepository::approval, appId);
    }

    public List<AppApproval> approvalsOfUser(String userId) {
        return jdbc.query(APPROVALS + "where a.user_id = ? order by c.name", AppRepository::approval, userId);
    }

    /**
     * Deletes an app with everything that refers to it: certificates, grants, approvals, tokens,
     * authorization codes and used assertion IDs. Login history keeps its entries.
     */
    public void delete(String appId) {
        jdbc.inTransaction(tx -> {
            for (String table : APP_CHILD_TABLES) {
                tx.update("delete from " + table + " where app_id = ?", appId);
            }
            tx.update("delete from connected_app where id = ?", appId);
            return null;
        });
    }

    private static AppApproval approval(ResultSet rs) throws SQLException {
        return new AppApproval(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                splitScopes(rs.getString(6)), Jdbc.instant(rs, "approved_at"));
    }

    private ConnectedApp complete(ConnectedApp app) {
        List<AppCertificate> certs = jdbc.query("select fingerprint, pem, subject, not_before, not_after, active, created_at "
                + "from app_certificate where app_id = ? order by created_at", rs -> new AppCertificate(
                        rs.getString("fingerprint"), rs.getString("pem"),
                        rs.getString("subject"), Jdbc.instant(rs, "not_before"), Jdbc.instant(rs, "not_after"),
                        rs.getBoolean("active"), Jdbc.instant(rs, "created_at")), app.id());
        Set<String> profiles = new HashSet<>();
        Set<String> permissionSets = new HashSet<>();
        jdbc.query("select kind, name from app_grant where app_id = ?", rs -> {
            (PROFILE.equals(rs.getString("kind")) ? profiles : permissionSets).add(rs.getString("name"));
            return null;
        }, app.id());
        return new ConnectedApp(app.id(), app.orgId(), app.name(), app.consumerKey(), app.scopes(),
                app.permittedUsers(), profiles, permissionSets, app.sessionTimeoutMinutes(), app.strictAssertions(),
                app.enabled(), certs, app.createdAt(), app.jwtAccessTokens(), app.introspectAllTokens(), app.settings());
    }

    private ConnectedApp map(ResultSet rs) throws SQLException {
        return new ConnectedApp(rs.getString("id"), rs.getString("org_id"), rs.getString("name"),
                rs.getString("consumer_key"), splitScopes(rs.getString("scopes")),
                rs.getBoolean("admin_approved") ? PermittedUsers.ADMIN_APPROVED : PermittedUsers.SELF_AUTHORIZE,
                Set.of(), Set.of(), rs.getInt("session_timeout_minutes"), rs.getBoolean("strict_assertions"),
                rs.getBoolean("enabled"), List.of(), Jdbc.instant(rs, "created_at"), rs.getBoolean("jwt_access_tokens"),
                rs.getBoolean("introspect_all_tokens"), AppSettingsColumns.read(rs));
    }

    static List<String> splitScopes(String scopes) {
        return scopes == null || scopes.isBlank() ? List.of() : Collections.unmodifiableList(Arrays.asList(WHITESPACE.split(scopes.trim())));
    }
}
