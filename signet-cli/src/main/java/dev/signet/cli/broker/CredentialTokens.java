package dev.signet.cli.broker;

import dev.signet.cli.broker.keys.BrokerKeyStore;
import dev.signet.cli.broker.keys.StoredKey;
import dev.signet.client.CachingTokenSource;
import dev.signet.client.JwtBearerClient;
import dev.signet.core.oauth.TokenResponse;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access tokens of the named credentials, one {@link CachingTokenSource} per credential and
 * username: reused until shortly before they expire, minted once when many callouts arrive
 * together, and dropped when the target rejects them.
 */
final class CredentialTokens {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialTokens.class);

    private final Map<String, JwtBearerClient> clients;
    private final Map<String, Duration> lifetimes;
    private final Clock clock;
    private final Map<List<String>, CachingTokenSource> sources = new ConcurrentHashMap<>();

    private CredentialTokens(Map<String, JwtBearerClient> clients, Map<String, Duration> lifetimes, Clock clock) {
        this.clients = clients;
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    /**
     * The tokens of {@code credentials}, with their signing keys unsealed from {@code keys} now, so
     * a missing key stops the broker at start rather than at the first callout.
     */
    static CredentialTokens of(Collection<NamedCredential> credentials, BrokerKeyStore keys, Clock clock) {
        Map<String, JwtBearerClient> clients = new HashMap<>();
        Map<String, Duration> lifetimes = new HashMap<>();
        for (NamedCredential credential : credentials) {
            StoredKey stored = keys.info(credential.signingKey());
            String warning = stored.expiryWarning(clock.instant());
            if (warning != null) {
                LOG.warn("named credential {}: {}", credential.name(), warning);
            }
            clients.put(credential.name(), client(credential, keys.privateKey(credential.signingKey()), clock));
            lifetimes.put(credential.name(), Duration.ofMinutes(credential.sessionLifetimeMinutes()));
        }
        return new CredentialTokens(Map.copyOf(clients), Map.copyOf(lifetimes), clock);
    }

    private static JwtBearerClient client(NamedCredential credential, PrivateKey key, Clock clock) {
        String anyUser = credential.subject() != null ? credential.subject()
                : credential.subjects().values().iterator().next();
        JwtBearerClient.Builder builder = JwtBearerClient.builder()
                .loginUrl(credential.loginUrl())
                .tokenEndpoint(URI.create(credential.tokenEndpoint()))
                .audience(credential.audience() != null ? credential.audience() : credential.loginUrl())
                .clientId(credential.issuer())
                .username(anyUser)
                .privateKey(key)
                .assertionLifetime(Duration.ofSeconds(credential.assertionLifetimeSeconds()))
                .clock(clock);
        if (!credential.scopes().isEmpty()) {
            builder.scope(String.join(" ", credential.scopes()));
        }
        if (credential.allowHttp()) {
            builder.allowInsecureHttp();
        }
        return builder.build();
    }

    /**
     * A token for {@code username} at {@code credential}: the cached one, or a new one.
     *
     * @throws dev.signet.client.JwtBearerException when the token endpoint refuses
     */
    TokenResponse token(String credential, String username) {
        return source(credential, username).token();
    }

    /** Drops {@code rejected} if it is still the cached token (many callers, one new token). */
    void invalidate(String credential, String username, TokenResponse rejected) {
        source(credential, username).invalidate(rejected);
    }

    private CachingTokenSource source(String credential, String username) {
        return sources.computeIfAbsent(List.of(credential, username), key -> CachingTokenSource
                .builder(clients.get(credential).toBuilder().username(username).build()::requestToken)
                .clock(clock).sessionLifetime(lifetimes.get(credential)).build());
    }

    @Override
    public String toString() {
        return "CredentialTokens" + clients.keySet();
    }
}
