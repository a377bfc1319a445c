package dev.signet.server.storage;

import dev.signet.server.model.AuthorizationCode;
import java.time.Instant;
import java.util.Optional;

/** Authorization codes by hash; each can be redeemed once. */
public final class AuthorizationCodeRepository {
    private final Jdbc jdbc;

    public AuthorizationCodeRepository(Jdbc jdbc) {
        this.jdbc = jdbc.untracked(); // writes nothing the directory cache holds
    }

    public void insert(AuthorizationCode code) {
        jdbc.update("insert into authorization_code (code_hash, app_id, user_id, redirect_uri, scopes, code_challenge, "
                + "expires_at) values (?, ?, ?, ?, ?, ?, ?)", code.codeHash(), code.appId(), code.userId(),
                code.redirectUri(), String.join(" ", code.scopes()), code.codeChallenge(), code.expiresAt());
    }

    /**
     * Marks the code used and returns it, atomically: of two concurrent redemptions exactly one
     * gets it. Empty when the code is unknown or was already used.
     */
    public Optional<AuthorizationCode> redeem(String codeHash, Instant now) {
        return jdbc.inTransaction(tx -> {
            if (tx.update("update authorization_code set used_at = ? where code_hash = ? and used_at is null", now,
                    codeHash) != 1) {
                return Optional.empty();
            }
            return tx.queryOne("select app_id, user_id, redirect_uri, scopes, code_challenge, expires_at "
                    + "from authorization_code where code_hash = ?", rs -> new AuthorizationCode(codeHash,
                            rs.getString("app_id"), rs.getString("user_id"), rs.getString("redirect_uri"),
                            AppRepository.splitScopes(rs.getString("scopes")), rs.getString("code_challenge"),
                            Jdbc.instant(rs, "expires_at")), codeHash);
        });
    }

    /**
     * Records what a redeemed code was exchanged for. If the code was presented again meanwhile
     * ({@link #reuse}), revokes it at once.
     */
    public void recordIssued(String codeHash, String accessTokenHash, String refreshTokenHash, Instant now) {
        jdbc.inTransaction(tx -> {
            tx.update("update authorization_code set access_token_hash = ?, refresh_token_hash = ? where code_hash = ?",
                    accessTokenHash, refreshTokenHash, codeHash);
            if (tx.queryOne("select reused_at from authorization_code where code_hash = ?",
                    rs -> rs.getObject(1) != null, codeHash).orElse(false)) {
                revokeIssued(tx, codeHash, now);
            }
            return null;
        });
    }

    /**
     * A code presented after it was redeemed: revokes the access and refresh token it was exchanged
     * for (RFC 6749 §4.1.2: the code may have been stolen). False for a code never redeemed or unknown.
     */
    public boolean reuse(String codeHash, Instant now) {
        return jdbc.inTransaction(tx -> {
            if (tx.update("update authorization_code set reused_at = ? where code_hash = ? and used_at is not null",
                    now, codeHash) == 0) {
                return false;
            }
            revokeIssued(tx, codeHash, now);
            return true;
        });
    }

    private static void revokeIssued(Jdbc tx, String codeHash, Instant now) {
        tx.queryOne("select access_token_hash from authorization_code where code_hash = ?",
                rs -> Optional.ofNullable(rs.getString(1)), codeHash).flatMap(text -> text).map(TokenRef::fromText)
                .ifPresent(ref -> TokenRows.revoke(tx, ref, now, true));
        tx.update("update refresh_token set revoked_at = ? where revoked_at is null and token_hash = "
                + "(select refresh_token_hash from authorization_code where code_hash = ?)", now, codeHash);
    }

    /** Deletes codes that expired before {@code now}. */
    public int deleteExpired(Instant now) {
        return jdbc.update("delete from authorization_code where expires_at < ?", now);
    }
}
