package dev.signet.server.storage;

import dev.signet.server.model.RefreshTokenInfo;
import java.time.Instant;
import java.util.Optional;

/** Refresh tokens by SHA-256 hash. */
public final class RefreshTokenRepository {
    private final Jdbc jdbc;

    public RefreshTokenRepository(Jdbc jdbc) {
        this.jdbc = jdbc.untracked(); // writes nothing the directory cache holds
    }

    public void insert(RefreshTokenInfo token) {
        jdbc.update("insert into refresh_token (token_hash, app_id, user_id, scopes, issued_at) values (?, ?, ?, ?, ?)",
                token.tokenHash(), token.appId(), token.userId(), String.join(" ", token.scopes()), token.issuedAt());
    }

    public Optional<RefreshTokenInfo> find(String tokenHash) {
        return jdbc.queryOne("select app_id, user_id, scopes, issued_at, revoked_at from refresh_token "
                + "where token_hash = ?", rs -> new RefreshTokenInfo(tokenHash, rs.getString("app_id"),
                        rs.getString("user_id"), AppRepository.splitScopes(rs.getString("scopes")),
                        Jdbc.instant(rs, "issued_at"), rs.getObject("revoked_at") != null), tokenHash);
    }
}
