package dev.signet.server.model;

import java.time.Instant;
import java.util.List;

/**
 * An issued authorization code (stored by hash): who approved which app for which scopes, the
 * {@code redirect_uri} it was sent to and the PKCE S256 {@code code_challenge}.
 */
public record AuthorizationCode(
        String codeHash, String appId, String userId, String redirectUri, List<String> scopes, String codeChallenge,
        Instant expiresAt) {
    public AuthorizationCode {
        scopes = List.copyOf(scopes);
    }
}
