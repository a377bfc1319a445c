package dev.signet.server.storage;

import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.model.LoginEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * Issued access tokens (by SHA-256 hash only) and used assertion IDs. Issuing a token and
 * recording the assertion's {@code jti} happen in one transaction, shared with the tokens other
 * requests issue at the same moment ({@link TokenCommitter}).
 */
public final class TokenRepository implements AutoCloseable {
    private final Jdbc jdbc;
    private final TokenCommitter committer;

    public TokenRepository(Jdbc jdbc) {
        this.jdbc = jdbc.untracked(); // writes nothing the directory cache holds
        this.committer = new TokenCommitter(this.jdbc);
    }

    /** Thrown by {@link #issue} when the assertion's {@code jti} was already used. */
    public static final class JtiReplayedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JtiReplayedException() {
            super("jti already used");
        }
    }

    /**
     * Records the token hash, its Login History entry ({@code login}, when not null) and, when
     * {@code jti} is not null, marks it used, in one commit: a token is never acknowledged without
     * its Login History entry. The primary key
     * on {@code (app_id, jti)} makes the mark an atomic put-if-absent: of two concurrent
     * requests with one {@code jti}, exactly one commits.
     *
     * @throws JtiReplayedException when the {@code jti} was already used (nothing is stored)
     */
    public void issue(String tokenHash, AccessTokenInfo info, String jti, Instant jtiExpiresAt, LoginEvent login) {
        if (!committer.commit(tokenHash, info, jti, jtiExpiresAt, login)) {
            throw new JtiReplayedException();
        }
    }

    /** The group-commit writer's queue, batches and liveness. */
    public WriterStats writerStats() {
        return committer.stats();
    }

    /** Stores what is still queued and stops the writer thread: call on shutdown. */
    @Override
    public void close() {
        committer.close();
    }

    /**
     * Marks a {@code jti} used by an app (client assertions): false when it was used before. Shares
     * the grant's single-use namespace, so an assertion serves once, whatever it was sent for.
     */
    public boolean markJtiUsed(String appId, String jti, Instant expiresAt) {
        try {
            jdbc.update("insert into used_jti (app_id, jti, expires_at) values (?, ?, ?)", appId, jti, expiresAt);
            return true;
        } catch (StorageException e) {
            if (e.isUniqueViolation()) {
                return false;
            }
            throw e;
        }
    }

    public Optional<AccessTokenInfo> find(String tokenHash) {
        return jdbc.queryOne("select org_id, user_id, app_id, scopes, issued_at, expires_at, revoked_at "
                + "from access_token where token_hash = ?", rs -> new AccessTokenInfo(rs.getString("org_id"),
                        rs.getString("user_id"), rs.getString("app_id"), AppRepository.splitScopes(rs.getString("scopes")),
                        Jdbc.instant(rs, "issued_at"), Jdbc.instant(rs, "expires_at"),
                        rs.getObject("revoked_at") != null), tokenHash);
    }

    /** Revokes one token; true if it existed and was not yet revoked. */
    public boolean revoke(String tokenHash, Instant now) {
        return jdbc.update("update access_token set revoked_at = ? where token_hash = ? and revoked_at is null", now,
                tokenHash) == 1;
    }

    /** Deletes used jti records whose assertion has expired: they can no longer be replayed. */
    public int purgeExpiredJtis(Instant now) {
        return jdbc.update("delete from used_jti where expires_at < ?", now);
    }
}
