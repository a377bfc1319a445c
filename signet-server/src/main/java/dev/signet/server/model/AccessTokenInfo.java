package dev.signet.server.model;

import java.time.Instant;
import java.util.List;

/** What the server knows about an issued access token (never the token itself). */
public record AccessTokenInfo(
        String orgId, String userId, String appId, List<String> scopes, Instant issuedAt, Instant expiresAt,
        boolean revoked) {
    public AccessTokenInfo {
        scopes = List.copyOf(scopes);
    }
}
