package dev.signet.server.identity;

import dev.signet.core.oauth.OAuth2Error;
import dev.signet.core.oauth.OAuth2Exception;
import dev.signet.server.resource.ActiveTokens;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Token revocation as Salesforce answers it: no client authentication (holding the token is
 * the proof); success when a live access token was revoked; otherwise 400 with one of
 * Salesforce's two errors. Unlike RFC 7009 §2.2, an unknown token is an error, as on Salesforce.
 *
 * <p>Related specifications: RFC 7009 §2.1–2.2.1; Salesforce "Revoke OAuth Tokens".
 */
public final class TokenRevocation {
    public static final OAuth2Error UNSUPPORTED_TOKEN_TYPE =
            new OAuth2Error("unsupported_token_type", "Token type not supported", 400);
    public static final OAuth2Error INVALID_TOKEN = new OAuth2Error("invalid_token", "Token was invalid", 400);
    private static final Set<String> HINTS = Set.of("access_token", "refresh_token");

    private final ActiveTokens tokens;

    public TokenRevocation(ActiveTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Revokes the token in {@code token}.
     *
     * @throws OAuth2Exception {@code unsupported_token_type} for a {@code token_type_hint} other
     *     than {@code access_token}/{@code refresh_token}; {@code invalid_token} for a missing,
     *     repeated, unknown, expired or already revoked token
     */
    public void revoke(Map<String, List<String>> params) throws OAuth2Exception {
        // token_type_hint (OPTIONAL, RFC 7009 §2.1)
        List<String> hint = params.getOrDefault("token_type_hint", List.of());
        if (hint.size() > 1 || (hint.size() == 1 && !HINTS.contains(hint.get(0)))) {
            throw new OAuth2Exception(UNSUPPORTED_TOKEN_TYPE);
        }
        // token (REQUIRED, RFC 7009 §2.1)
        List<String> token = params.getOrDefault("token", List.of());
        if (token.size() != 1 || !tokens.revoke(token.get(0))) {
            throw new OAuth2Exception(INVALID_TOKEN);
        }
    }
}
