package dev.signet.server.storage;

import java.time.Instant;
import java.util.Optional;

/** Org users' password hashes (for the interactive authorization flow), kept apart from the user record. */
public final class PasswordRepository {
    private final Jdbc jdbc;

    public PasswordRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void set(String userId, String passwordHash, Instant now) {
        jdbc.inTransaction(tx -> {
            tx.update("delete from user_password where user_id = ?", userId);
            tx.update("insert into user_password (user_id, password_hash, set_at) values (?, ?, ?)", userId,
                    passwordHash, now);
            return null;
        });
    }

    public Optional<String> hash(String userId) {
        return jdbc.queryOne("select password_hash from user_password where user_id = ?", rs -> rs.getString(1), userId);
    }

    public boolean hasPassword(String userId) {
        return hash(userId).isPresent();
    }
}
