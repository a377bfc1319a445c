package dev.signet.server.model;

import java.time.Instant;
import java.util.List;

/** What the server knows about a refresh token (never the token itself). */
public record RefreshTokenInfo(
        String tokenHash, String appId, String userId, List<String> scopes, Instant issuedAt, boolean revoked) {
    public RefreshTokenInfo {
        scopes = List.copyOf(scopes);
    }
}
