package dev.signet.cli.broker;

import com.sun.net.httpserver.HttpServer;
import dev.signet.cli.broker.keys.BrokerKeyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The broker: holds the private keys so internal callers need not. It serves, on the JDK's HTTP
 * server:
 *
 * <ul>
 *   <li>{@code ANY /callout/NAME/...} ({@link CalloutEndpoint}): a callout through a named
 *       credential, the token added by the broker and never shown to the caller;
 *   <li>{@code POST /api/jwtauth} ({@link JwtAuthEndpoint}), when the config has a login URL: a
 *       token handed to a caller that must hold it.
 * </ul>
 *
 * Callers present their API key ({@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}).
 * The log names callers, credentials and subjects, never a key or token.
 *
 * <p>Related specifications: RFC 7523 §2.1; RFC 6749 §5.1 and §5.2 (bodies); RFC 6750 §3.
 */
public final class TokenBroker implements AutoCloseable {
    /** The token endpoint's path. */
    public static final String PATH = "/api/jwtauth";
    /** The callout prefix: {@code /callout/NAME/PATH}. */
    public static final String CALLOUT_PATH = CalloutEndpoint.PATH;

    // callouts stream both ways and may hold a thread for their whole length
    private static final int THREADS = 32;

    private final HttpServer http;
    private final ExecutorService executor;

    private TokenBroker(BrokerConfig config, JwtAuthEndpoint tokens, CalloutEndpoint callouts) throws IOException {
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "signet-broker-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
        if (tokens != null) {
            http.createContext(PATH, tokens);
        }
        http.createContext(CALLOUT_PATH, callouts);
        http.setExecutor(executor);
        http.start();
    }

    /**
     * Starts a broker for {@code config}: loads the keys (the token endpoint's through {@code env},
     * the named credentials' from the key store) and the API keys, then listens.
     *
     * @param env looks up environment variables ({@code keyEnv}, {@code keyPasswordEnv},
     *     {@code storePasswordEnv}, {@code apiKeyEnv}); {@code null} when unset
     * @throws IllegalArgumentException when a key or an API key variable cannot be read
     */
    public static TokenBroker start(BrokerConfig config, Function<String, String> env, Clock clock) {
        ApiKeys keys = ApiKeys.of(config, env);
        JwtAuthEndpoint tokens = config.servesTokens() ? JwtAuthEndpoint.of(config, keys, env, clock) : null;
        CredentialTokens credentialTokens = CredentialTokens.of(config.namedCredentials(),
                BrokerKeyStore.at(config.keyStore()), clock);
        CalloutEndpoint callouts = new CalloutEndpoint(keys, config.credentialsByName(),
                new CalloutForwarder(config.namedCredentials(), credentialTokens));
        try {
            return new TokenBroker(config, tokens, callouts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + e.getMessage(), e);
        }
    }

    /** {@code http://host:port}, with the port actually bound. */
    public String url() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    /** Stops listening and ends the worker threads. */
    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "TokenBroker[" + url() + "]";
    }
}
