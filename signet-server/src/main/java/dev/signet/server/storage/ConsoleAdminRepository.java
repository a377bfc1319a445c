package dev.signet.server.storage;

import dev.signet.server.model.ConsoleAdmin;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Console administrator accounts. */
public final class ConsoleAdminRepository {
    private static final String COLUMNS = "id, username, created_at, last_login_at";
    private final Jdbc jdbc;

    public ConsoleAdminRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ConsoleAdmin admin, String passwordHash) {
        jdbc.update("insert into console_admin (id, username, password_hash, created_at) values (?, ?, ?, ?)",
                admin.id(), admin.username(), passwordHash, admin.createdAt());
    }

    public List<ConsoleAdmin> findAll() {
        return jdbc.query("select " + COLUMNS + " from console_admin order by username", ConsoleAdminRepository::map);
    }

    public Optional<ConsoleAdmin> findById(String id) {
        return jdbc.queryOne("select " + COLUMNS + " from console_admin where id = ?", ConsoleAdminRepository::map, id);
    }

    public Optional<ConsoleAdmin> findByUsername(String username) {
        return jdbc.queryOne("select " + COLUMNS + " from console_admin where username = ?", ConsoleAdminRepository::map,
                username);
    }

    public Optional<String> passwordHash(String id) {
        return jdbc.queryOne("select password_hash from console_admin where id = ?", rs -> rs.getString(1), id);
    }

    public void setPasswordHash(String id, String passwordHash) {
        jdbc.update("update console_admin set password_hash = ? where id = ?", passwordHash, id);
    }

    public void recordLogin(String id, Instant now) {
        jdbc.update("update console_admin set last_login_at = ? where id = ?", now, id);
    }

    public boolean isEmpty() {
        return jdbc.queryOne("select count(*) from console_admin", rs -> rs.getLong(1)).orElse(0L) == 0;
    }

    private static ConsoleAdmin map(ResultSet rs) throws SQLException {
        return new ConsoleAdmin(rs.getString("id"), rs.getString("username"), Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "last_login_at"));
    }
}
