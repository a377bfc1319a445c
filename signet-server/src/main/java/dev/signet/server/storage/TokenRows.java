package dev.signet.server.storage;

import dev.signet.core.ids.SalesforceId;
import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.model.LoginEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of the token commit ({@link TokenCommitter}): a batch in one transaction, or one
 * record alone, telling a used {@code jti} and a Login History id taken by another node (made in
 * the same millisecond with the same random part) from other failures.
 */
final class TokenRows {
    static final String INSERT_JTI = "insert into used_jti (app_id, jti, expires_at) values (?, ?, ?)";
    private static final String INSERT_TOKEN = "insert into access_token (id, token_hash, org_id, user_id, app_id, "
            + "scopes, issued_at, expires_at, jti, jti_expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private TokenRows() {}

    /** A Login History id another node made in the same millisecond: retried with a new one. */
    static final class LoginIdTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LoginIdTaken(StorageException cause) {
            super(cause);
        }
    }

    /** The {@code jti} row's put-if-absent failed: the assertion was used before. */
    static final class JtiTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JtiTaken(StorageException cause) {
            super(cause);
        }
    }

    /** Writes the records of many requests in one transaction; throws when any of them fails. */
    static void writeBatch(Jdbc jdbc, List<TokenCommitter.Pending> batch) {
        jdbc.inTransaction(tx -> {
            List<Object[]> jtis = new ArrayList<>();
            List<Object[]> tokens = new ArrayList<>();
            List<Object[]> logins = new ArrayList<>();
            for (TokenCommitter.Pending p : batch) {
                if (p.jtiRow()) {
                    jtis.add(jtiRow(p.token()));
                }
                tokens.add(tokenRow(p.token(), p.jtiColumns()));
                if (p.token().login() != null) {
                    logins.add(LoginHistoryRepository.row(p.token().login()));
                }
            }
            if (!jtis.isEmpty()) {
                tx.batch(INSERT_JTI, jtis);
            }
            tx.batch(INSERT_TOKEN, tokens);
            if (!logins.isEmpty()) {
                tx.batch(LoginHistoryRepository.INSERT, logins);
            }
            return null;
        });
    }

    /** Writes one request's record ({@code token}: {@code p}'s, perhaps with a new Login History id). */
    static void writeAlone(Jdbc jdbc, TokenCommitter.Pending p, NewToken token) {
        jdbc.inTransaction(tx -> {
            if (p.jtiRow()) {
                try {
                    tx.update(INSERT_JTI, jtiRow(token));
                } catch (StorageException e) {
                    throw e.isUniqueViolation() ? new JtiTaken(e) : e;
                }
            }
            tx.update(INSERT_TOKEN, tokenRow(token, p.jtiColumns()));
            if (token.login() != null) {
                try {
                    tx.update(LoginHistoryRepository.INSERT, LoginHistoryRepository.row(token.login()));
                } catch (StorageException e) {
                    throw e.isUniqueViolation() ? new LoginIdTaken(e) : e;
                }
            }
            return null;
        });
    }

    /**
     * Revokes the token a reference finds, by id, else (a token from before ids, where the caller
     * knows such tokens may exist) by hash; true if it was live.
     */
    static boolean revoke(Jdbc jdbc, TokenRef ref, Instant now, boolean tokensBeforeIds) {
        if (ref.id() != null && jdbc.update("update access_token set revoked_at = ? where id = ? and revoked_at is null",
                now, ref.id().bytes()) == 1) {
            return true;
        }
        return tokensBeforeIds && ref.digest() != null && jdbc.update(
                "update access_token_v1 set revoked_at = ? where token_hash = ? and revoked_at is null", now,
                ref.legacyHash()) == 1;
    }

    static LoginEvent withNewId(LoginEvent e) {
        return new LoginEvent(SalesforceId.timeOrdered(SalesforceId.LOGIN_HISTORY_PREFIX, e.time()).to18(), e.time(),
                e.orgId(), e.userId(), e.username(), e.appId(), e.appName(), e.sourceIp(), e.loginType(), e.status(),
                e.reason(), e.loginUrl(), e.userAgent(), e.loginSubType());
    }

    private static Object[] jtiRow(NewToken t) {
        return new Object[] {t.info().appId(), t.jti(), t.jtiExpiresAt()};
    }

    private static Object[] tokenRow(NewToken t, boolean jtiColumns) {
        AccessTokenInfo info = t.info();
        boolean columns = jtiColumns && t.jti() != null;
        return new Object[] {t.id().bytes(), t.digest(), info.orgId(), info.userId(), info.appId(),
            String.join(" ", info.scopes()), info.issuedAt(), info.expiresAt(), columns ? t.jti() : null,
            columns ? t.jtiExpiresAt() : null};
    }
}
