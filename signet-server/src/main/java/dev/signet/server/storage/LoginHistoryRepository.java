package dev.signet.server.storage;

import dev.signet.server.model.LoginEvent;
import java.util.List;

/** Login history, newest first. */
public final class LoginHistoryRepository {
    private static final String COLUMNS = "id, login_time, org_id, user_id, username, app_id, app_name, source_ip, "
            + "login_type, status, reason, login_url, user_agent";

    private final Jdbc jdbc;

    public LoginHistoryRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(LoginEvent e) {
        jdbc.update("insert into login_history (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.id(), e.time(), e.orgId(), e.userId(), truncate(e.username()), e.appId(), e.appName(),
                e.sourceIp(), e.loginType(), e.status(), truncate(e.reason()), truncate(e.loginUrl()),
                truncate(e.userAgent()));
    }

    public List<LoginEvent> latest(int limit) {
        return jdbc.query("select " + COLUMNS + " from login_history order by login_time desc, id desc limit ?",
                rs -> new LoginEvent(rs.getString("id"), Jdbc.instant(rs, "login_time"), rs.getString("org_id"),
                        rs.getString("user_id"), rs.getString("username"), rs.getString("app_id"),
                        rs.getString("app_name"), rs.getString("source_ip"), rs.getString("login_type"),
                        rs.getString("status"), rs.getString("reason"), rs.getString("login_url"),
                        rs.getString("user_agent")), limit);
    }

    // Values from the request (claimed username, User-Agent) are bounded so a long one cannot fail the insert.
    private static String truncate(String value) {
        return value == null || value.length() <= 255 ? value : value.substring(0, 255);
    }
}
