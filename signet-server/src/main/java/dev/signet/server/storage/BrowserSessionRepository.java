package dev.signet.server.storage;

import dev.signet.server.model.BrowserSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Browser sessions by the hash of their cookie value. */
public final class BrowserSessionRepository {
    private static final String COLUMNS =
            "id_hash, kind, csrf_token, admin_id, user_id, created_at, last_seen_at, expires_at";
    private final Jdbc jdbc;

    public BrowserSessionRepository(Jdbc jdbc) {
        this.jdbc = jdbc.untracked(); // writes nothing the directory cache holds
    }

    public void insert(BrowserSession s) {
        jdbc.update("insert into browser_session (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)", s.idHash(),
                s.kind().name(), s.csrfToken(), s.adminId(), s.userId(), s.createdAt(), s.lastSeenAt(), s.expiresAt());
    }

    public Optional<BrowserSession> find(String idHash) {
        return jdbc.queryOne("select " + COLUMNS + " from browser_session where id_hash = ?",
                BrowserSessionRepository::map, idHash);
    }

    public void touch(String idHash, Instant lastSeen, Instant expiresAt) {
        jdbc.update("update browser_session set last_seen_at = ?, expires_at = ? where id_hash = ?", lastSeen,
                expiresAt, idHash);
    }

    public void delete(String idHash) {
        jdbc.update("delete from browser_session where id_hash = ?", idHash);
    }

    /** Ends every session of an end user (when the user is deactivated, frozen or gets a new password). */
    public void deleteForUser(String userId) {
        jdbc.update("delete from browser_session where user_id = ?", userId);
    }

    public int deleteExpired(Instant now) {
        return jdbc.update("delete from browser_session where expires_at < ?", now);
    }

    private static BrowserSession map(ResultSet rs) throws SQLException {
        return new BrowserSession(rs.getString("id_hash"), BrowserSession.Kind.valueOf(rs.getString("kind")),
                rs.getString("csrf_token"), rs.getString("admin_id"), rs.getString("user_id"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "last_seen_at"), Jdbc.instant(rs, "expires_at"));
    }
}
