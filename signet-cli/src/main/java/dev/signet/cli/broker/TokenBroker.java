package dev.signet.cli.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.signet.client.CachingTokenSource;
import dev.signet.client.JwtBearerClient;
import dev.signet.client.JwtBearerException;
import dev.signet.client.KeySource;
import dev.signet.client.SigningKeys;
import dev.signet.core.oauth.TokenResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The token broker: holds the private key and hands out access tokens to internal callers that
 * must not hold it. {@code POST /api/jwtauth} with {@code {"sub":"user@acme.com"}} and the
 * caller's API key ({@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}) answers the
 * token response. Only subjects on the allow-list are minted for; each subject's token is cached
 * by a {@link CachingTokenSource}. A caller whose token the API rejected sends it back as
 * {@code "rejected_token"} to get a new one.
 *
 * <p>Answers: 200 token response ({@code Cache-Control: no-store}); 400 {@code invalid_request};
 * 401 {@code invalid_client} (no or unknown API key); 403 {@code access_denied} (subject not
 * allowed); 405; 413; 502 with the upstream OAuth error and its {@code hint}. The log names the
 * caller and subject, never a key or token.
 *
 * <p>Related specifications: RFC 7523 §2.1; RFC 6749 §5.1 and §5.2 (bodies); RFC 6750 §3
 * ({@code WWW-Authenticate}).
 */
public final class TokenBroker implements AutoCloseable {
    /** The endpoint path. */
    public static final String PATH = "/api/jwtauth";

    private static final Logger LOG = LoggerFactory.getLogger(TokenBroker.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 16 * 1024;
    private static final int THREADS = 8;

    private final HttpServer http;
    private final ExecutorService executor;
    private final ApiKeys apiKeys;
    private final Map<String, String> subjects = new TreeMap<>();
    private final Function<String, CachingTokenSource> newSource;
    private final Map<String, CachingTokenSource> sources = new ConcurrentHashMap<>();

    private TokenBroker(BrokerConfig config, ApiKeys apiKeys, Function<String, CachingTokenSource> newSource)
            throws IOException {
        this.apiKeys = apiKeys;
        this.newSource = newSource;
        config.subjects().forEach(s -> subjects.put(s.toLowerCase(Locale.ROOT), s));
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "signet-broker-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
        http.createContext(PATH, this::handle);
        http.setExecutor(executor);
        http.start();
    }

    /**
     * Starts a broker for {@code config}, loading the key and API keys through {@code env}.
     *
     * @param env looks up environment variables ({@code keyEnv}, {@code keyPasswordEnv},
     *     {@code apiKeyEnv}); {@code null} when unset
     * @throws IllegalArgumentException when the key or an API key variable cannot be read
     */
    public static TokenBroker start(BrokerConfig config, Function<String, String> env, Clock clock) {
        JwtBearerClient template = client(config, env, clock);
        Duration lifetime = Duration.ofMinutes(config.sessionLifetimeMinutes());
        ApiKeys keys = ApiKeys.of(config, env);
        try {
            return new TokenBroker(config, keys, subject -> CachingTokenSource
                    .builder(template.toBuilder().username(subject).build()::requestToken)
                    .clock(clock).sessionLifetime(lifetime).build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The client of {@code config}; its username is the first subject (each subject gets its own copy). */
    static JwtBearerClient client(BrokerConfig config, Function<String, String> env, Clock clock) {
        String passwordText = config.keyPasswordEnv() == null ? null : env.apply(config.keyPasswordEnv());
        char[] password = passwordText == null || passwordText.isEmpty() ? null : passwordText.toCharArray();
        KeySource key = config.key() != null ? SigningKeys.file(config.key(), password)
                : SigningKeys.environment(config.keyEnv(), password, env);
        JwtBearerClient.Builder builder = JwtBearerClient.builder()
                .loginUrl(config.loginUrl())
                .clientId(config.clientId())
                .username(config.subjects().stream().sorted().findFirst().orElseThrow())
                .signingKey(key)
                .clock(clock);
        if (config.audience() != null) {
            builder.audience(config.audience());
        }
        if (config.allowHttp()) {
            builder.allowInsecureHttp();
        }
        return builder.build();
    }

    /** {@code http://host:port}, with the port actually bound. */
    public String url() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                error(exchange, 405, "invalid_request", "use POST");
                return;
            }
            Optional<String> caller = apiKeys.caller(presentedKey(exchange));
            if (caller.isEmpty()) {
                LOG.info("refused a request from {}: missing or unknown API key", exchange.getRemoteAddress());
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"signet-broker\"");
                error(exchange, 401, "invalid_client", "missing or unknown API key: send Authorization: Bearer KEY");
                return;
            }
            serve(exchange, caller.get());
        }
    }

    private void serve(HttpExchange exchange, String caller) throws IOException {
        JsonNode request = readJson(exchange);
        if (request == null) {
            return;
        }
        String sub = request.path("sub").asText("");
        String subject = subjects.get(sub.toLowerCase(Locale.ROOT));
        if (subject == null) {
            LOG.warn("caller {} asked for subject {}, which is not on the allow-list", caller, sub);
            error(exchange, 403, "access_denied", "subject '" + sub + "' is not on the broker's allow-list");
            return;
        }
        CachingTokenSource source = sources.computeIfAbsent(subject, newSource);
        if (request.hasNonNull("rejected_token")) {
            source.invalidate(new TokenResponse(request.get("rejected_token").asText(), null, null, null, null, null,
                    null));
        }
        try {
            TokenResponse token = source.token();
            LOG.info("token for {} handed to caller {}", subject, caller);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            respond(exchange, 200, token.toJson());
        } catch (JwtBearerException e) {
            LOG.warn("token request for {} (caller {}) refused: {}; hint: {}", subject, caller, e.getMessage(), e.hint());
            ObjectNode body = JSON.createObjectNode().put("error", e.error());
            body.put("error_description", e.description()).put("hint", e.hint());
            respond(exchange, 502, body.toString());
        }
    }

    /** The request's JSON object, or null after answering 400/413. */
    private static JsonNode readJson(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            error(exchange, 413, "invalid_request", "request body over " + MAX_BODY + " bytes");
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.isObject() && node.path("sub").isTextual() && !node.get("sub").asText().isBlank()) {
                return node;
            }
        } catch (IOException e) {
            // answered below
        }
        error(exchange, 400, "invalid_request", "send a JSON object with the username: {\"sub\": \"user@acme.com\"}");
        return null;
    }

    private static String presentedKey(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        return exchange.getRequestHeaders().getFirst("X-API-Key");
    }

    private static void error(HttpExchange exchange, int status, String code, String description) throws IOException {
        respond(exchange, status, JSON.createObjectNode().put("error", code).put("error_description", description)
                .toString());
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Stops listening and ends the worker threads. */
    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "TokenBroker[" + url() + PATH + ", subjects=" + subjects.values() + "]";
    }
}
