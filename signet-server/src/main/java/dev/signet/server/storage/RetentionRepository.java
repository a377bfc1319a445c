package dev.signet.server.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * Deletes what has outlived its use, a batch at a time: rows are picked by key (at most a batch),
 * then deleted by key in one transaction, so no run holds long locks and nodes running it at once
 * only ever delete the same rows twice (harmlessly). Also counts what would go, for a dry run.
 */
public final class RetentionRepository {
    /** What can be deleted: a table, its key columns and the condition (one bound value, repeated). */
    public enum Kind {
        ACCESS_TOKENS("access_token", List.of("id"), "expires_at < ?"), // revoked ones too, once expired
        ACCESS_TOKENS_BEFORE_IDS("access_token_v1", List.of("token_hash"), "expires_at < ?"),
        REFRESH_TOKENS("refresh_token", List.of("token_hash"), "revoked_at < ?"),
        USED_JTI("used_jti", List.of("app_id", "jti"), "expires_at < ?"),
        AUTHORIZATION_CODES("authorization_code", List.of("code_hash"), "expires_at < ?"),
        BROWSER_SESSIONS("browser_session", List.of("id_hash"), "expires_at < ?"),
        LOGIN_HISTORY("login_history", List.of("id"), "login_time < ?"),
        QUERY_LOCATORS("query_locator", List.of("id"), "last_used_at < ?"),
        API_USAGE("api_usage", List.of("usage_day"), "usage_day < ?");

        private final String table;
        private final List<String> keys;
        private final String condition;

        Kind(String table, List<String> keys, String condition) {
            this.table = table;
            this.keys = keys;
            this.condition = condition;
        }

        private Object[] params(Object cutoff) {
            int count = condition.split("\\?", -1).length - 1;
            Object[] params = new Object[count];
            java.util.Arrays.fill(params, cutoff);
            return params;
        }
    }

    private final Jdbc jdbc;

    public RetentionRepository(Jdbc jdbc) {
        this.jdbc = jdbc.untracked(); // deletes nothing the directory cache holds
    }

    /** How many rows of {@code kind} are older than {@code cutoff} (an Instant, or a day for API usage). */
    public long count(Kind kind, Object cutoff) {
        return jdbc.queryOne("select count(*) from " + kind.table + " where " + kind.condition,
                rs -> rs.getLong(1), kind.params(cutoff)).orElse(0L);
    }

    /** Deletes at most {@code limit} rows of {@code kind} older than {@code cutoff}; returns how many. */
    public int deleteBatch(Kind kind, Object cutoff, int limit) {
        Object[] params = java.util.Arrays.copyOf(kind.params(cutoff), kind.params(cutoff).length + 1);
        params[params.length - 1] = limit;
        List<Object[]> keys = jdbc.query("select " + String.join(", ", kind.keys) + " from " + kind.table + " where "
                + kind.condition + " limit ?", rs -> {
                    Object[] key = new Object[kind.keys.size()];
                    for (int i = 0; i < key.length; i++) {
                        key[i] = rs.getObject(i + 1); // text, or bytes (access_token.id)
                    }
                    return key;
                }, params);
        if (keys.isEmpty()) {
            return 0;
        }
        String byKey = String.join(" and ", kind.keys.stream().map(k -> k + " = ?").toList());
        jdbc.inTransaction(tx -> {
            if (kind == Kind.QUERY_LOCATORS) {
                tx.batch("delete from query_locator_chunk where locator_id = ?", keys);
            }
            tx.batch("delete from " + kind.table + " where " + byKey, new ArrayList<>(keys));
            return null;
        });
        return keys.size();
    }
}
