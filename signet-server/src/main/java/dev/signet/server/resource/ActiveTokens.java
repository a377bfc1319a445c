package dev.signet.server.resource;

import dev.signet.server.storage.Directory;
import dev.signet.server.login.AccountEligibility;
import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.Org;
import dev.signet.server.model.User;
import dev.signet.server.storage.TokenRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Finds the active token behind an access token string, whatever its kind: the verifier that
 * recognizes it checks it, then what applies to every token is checked here, on every call
 * (apps, users and the org come from the directory cache, which every write invalidates): not
 * revoked, not expired, user active and not frozen, app enabled,
 * org active. API authentication, introspection and revocation all go through here.
 */
public final class ActiveTokens {
    private final List<TokenVerifier> verifiers;
    private final TokenRepository tokens;
    private final Directory directory;
    private final Clock clock;

    public ActiveTokens(List<TokenVerifier> verifiers, TokenRepository tokens, Directory directory, Clock clock) {
        this.verifiers = List.copyOf(verifiers);
        this.tokens = tokens;
        this.directory = directory;
        this.clock = clock;
    }

    /** The active token, or empty when the token is unknown, not genuine, expired, revoked or its parties inactive. */
    public Optional<ActiveToken> find(String token) {
        return live(token).flatMap(this::withActiveParties);
    }

    /**
     * Revokes a genuine, unexpired, unrevoked token, even when its user or app is inactive (so
     * that re-enabling them does not bring it back). False when there was no such token.
     */
    public boolean revoke(String token) {
        return live(token).map(stored -> tokens.revoke(stored.ref(), clock.instant())).orElse(false);
    }

    private Optional<StoredToken> live(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return verifiers.stream().filter(v -> v.recognizes(token)).findFirst().flatMap(v -> v.verify(token))
                .filter(stored -> !stored.info().revoked() && clock.instant().isBefore(stored.info().expiresAt()));
    }

    private Optional<ActiveToken> withActiveParties(StoredToken stored) {
        AccessTokenInfo info = stored.info();
        Org currentOrg = directory.org();
        Optional<User> user = directory.users().findById(info.userId());
        Optional<ConnectedApp> app = directory.apps().findById(info.appId());
        if (user.isEmpty() || app.isEmpty() || AccountEligibility.all(currentOrg, app.get(), user.get()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new ActiveToken(stored.ref(), info, currentOrg, user.get(), app.get()));
    }
}
