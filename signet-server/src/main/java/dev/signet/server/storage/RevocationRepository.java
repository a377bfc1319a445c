package dev.signet.server.storage;

import java.time.Instant;

/**
 * Revokes access and refresh tokens in bulk, when an admin ends what a user or an app was granted:
 * blocking an app, deactivating or freezing a user, revoking an approval. Each call revokes both
 * kinds in one transaction.
 */
public final class RevocationRepository {
    /** Access tokens (and those issued before token ids), refresh tokens. */
    private static final String[] TABLES = {"access_token", "access_token_v1", "refresh_token"};

    private final Jdbc jdbc;

    public RevocationRepository(Jdbc jdbc) {
        this.jdbc = jdbc.untracked(); // writes nothing the directory cache holds
    }

    /** Every live token of the user; returns how many were live. */
    public int revokeForUser(String userId, Instant now) {
        return revoke("user_id = ?", now, userId);
    }

    /** Every live token of the app; returns how many were live. */
    public int revokeForApp(String appId, Instant now) {
        return revoke("app_id = ?", now, appId);
    }

    /** Every live token the user holds for the app; returns how many were live. */
    public int revokeForUserAndApp(String appId, String userId, Instant now) {
        return revoke("app_id = ? and user_id = ?", now, appId, userId);
    }

    private int revoke(String where, Instant now, Object... keys) {
        Object[] params = new Object[keys.length + 1];
        params[0] = now;
        System.arraycopy(keys, 0, params, 1, keys.length);
        return jdbc.inTransaction(tx -> {
            int revoked = 0;
            for (String table : TABLES) {
                revoked += tx.update("update " + table + " set revoked_at = ? where " + where + " and revoked_at is null",
                        params);
            }
            return revoked;
        });
    }
}
