package dev.signet.cli.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.signet.client.CachingTokenSource;
import dev.signet.client.JwtBearerClient;
import dev.signet.client.JwtBearerException;
import dev.signet.client.KeySource;
import dev.signet.client.SigningKeys;
import dev.signet.core.oauth.TokenResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/jwtauth} with {@code {"sub":"user@acme.com"}}: the token response for an
 * allowed subject, for callers that must hold the token themselves. Each subject's token is cached
 * by a {@link CachingTokenSource}; a caller whose token the API rejected sends it back as
 * {@code "rejected_token"} to get a new one.
 *
 * <p>Answers: 200 ({@code Cache-Control: no-store}); 400; 401; 403 (subject not allowed); 405;
 * 413; 502 with the upstream OAuth error and its {@code hint}.
 */
final class JwtAuthEndpoint implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(JwtAuthEndpoint.class);
    private static final int MAX_BODY = 16 * 1024;

    private final ApiKeys apiKeys;
    private final Map<String, String> subjects = new TreeMap<>();
    private final Function<String, CachingTokenSource> newSource;
    private final Map<String, CachingTokenSource> sources = new ConcurrentHashMap<>();

    private JwtAuthEndpoint(BrokerConfig config, ApiKeys apiKeys, Function<String, CachingTokenSource> newSource) {
        this.apiKeys = apiKeys;
        this.newSource = newSource;
        config.subjects().forEach(s -> subjects.put(s.toLowerCase(Locale.ROOT), s));
    }

    /** The endpoint of {@code config}, its key loaded now through {@code env}. */
    static JwtAuthEndpoint of(BrokerConfig config, ApiKeys apiKeys, Function<String, String> env, Clock clock) {
        JwtBearerClient template = client(config, env, clock);
        Duration lifetime = Duration.ofMinutes(config.sessionLifetimeMinutes());
        return new JwtAuthEndpoint(config, apiKeys, subject -> CachingTokenSource
                .builder(template.toBuilder().username(subject).build()::requestToken)
                .clock(clock).sessionLifetime(lifetime).build());
    }

    /** The client of {@code config}; its username is the first subject (each subject gets its own copy). */
    static JwtBearerClient client(BrokerConfig config, Function<String, String> env, Clock clock) {
        char[] keyPassword = secret(env, config.keyPasswordEnv());
        KeySource key = config.key() != null
                ? SigningKeys.file(config.key(), secret(env, config.storePasswordEnv()), config.keyAlias(), keyPassword)
                : SigningKeys.environment(config.keyEnv(), keyPassword, env);
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

    private static char[] secret(Function<String, String> env, String variable) {
        String text = variable == null ? null : env.apply(variable);
        return text == null || text.isEmpty() ? null : text.toCharArray();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                Replies.error(exchange, 405, "invalid_request", "use POST");
                return;
            }
            Optional<Caller> caller = apiKeys.caller(Replies.presentedKey(exchange));
            if (caller.isEmpty()) {
                LOG.info("refused a request from {}: missing or unknown API key", exchange.getRemoteAddress());
                Replies.unauthorized(exchange);
                return;
            }
            serve(exchange, caller.get().name());
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
            Replies.error(exchange, 403, "access_denied", "subject '" + sub + "' is not on the broker's allow-list");
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
            Replies.respond(exchange, 200, token.toJson());
        } catch (JwtBearerException e) {
            LOG.warn("token request for {} (caller {}) refused: {}; hint: {}", subject, caller, e.getMessage(), e.hint());
            Replies.respond(exchange, 502, badGateway(e).toString());
        }
    }

    /** 502's body: the upstream OAuth error and what to do about it. */
    static ObjectNode badGateway(JwtBearerException e) {
        return Replies.body(e.error(), e.description()).put("hint", e.hint());
    }

    /** The request's JSON object, or null after answering 400/413. */
    private static JsonNode readJson(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            Replies.error(exchange, 413, "invalid_request", "request body over " + MAX_BODY + " bytes");
            return null;
        }
        try {
            JsonNode node = Replies.JSON.readTree(body);
            if (node != null && node.isObject() && node.path("sub").isTextual() && !node.get("sub").asText().isBlank()) {
                return node;
            }
        } catch (IOException e) {
            // answered below
        }
        Replies.error(exchange, 400, "invalid_request", "send a JSON object with the username: {\"sub\": \"user@acme.com\"}");
        return null;
    }
}
