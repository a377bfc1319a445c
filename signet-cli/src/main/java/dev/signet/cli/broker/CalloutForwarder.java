package dev.signet.cli.broker;

import com.sun.net.httpserver.HttpExchange;
import dev.signet.core.oauth.TokenResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a callout on to its target with the named credential's token and streams the answer back:
 * the caller's body goes out as it arrives, the target's body comes back as it arrives. A 401 with
 * {@code INVALID_SESSION_ID} (Salesforce) or {@code invalid_token} (RFC 6750 §3.1) means
 * the cached token was revoked or expired: it is dropped, and the request is sent once more with a
 * new one.
 *
 * <p>Related specifications: RFC 9110 §7.6.1 (hop-by-hop headers); RFC 6750 §2.1, §3.1.
 */
final class CalloutForwarder {
    private static final Logger LOG = LoggerFactory.getLogger(CalloutForwarder.class);
    private static final int ERROR_HEAD_BYTES = 64 * 1024;

    private final CredentialTokens tokens;
    private final Map<String, HttpClient> clients = new HashMap<>();

    CalloutForwarder(Collection<NamedCredential> credentials, CredentialTokens tokens) {
        this.tokens = tokens;
        for (NamedCredential credential : credentials) {
            clients.put(credential.name(), HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(credential.timeout()).followRedirects(HttpClient.Redirect.NEVER).build());
        }
    }

    /**
     * Forwards the exchange to {@code target} as {@code username}; returns the status sent back.
     *
     * @throws dev.signet.client.JwtBearerException when no token can be had
     * @throws IOException when the target cannot be reached, does not answer in time, or the body
     *     is over the limit ({@link CappedBody.TooLarge} in the cause chain)
     */
    int forward(HttpExchange exchange, NamedCredential credential, String username, URI target) throws IOException {
        String name = credential.name();
        long length = contentLength(exchange);
        boolean hasBody = length > 0 || exchange.getRequestHeaders().containsKey("Transfer-Encoding");
        CappedBody body = hasBody ? new CappedBody(exchange.getRequestBody(), credential.maxBodyBytes()) : null;
        BodyPublisher publisher = body == null ? BodyPublishers.noBody() : length > 0
                ? BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> body), length)
                : BodyPublishers.ofInputStream(() -> body);
        TokenResponse token = tokens.token(name, username);
        HttpResponse<InputStream> response = send(exchange, credential, target, token, publisher);
        if (response.statusCode() != 401) {
            return relay(exchange, response, new byte[0]);
        }
        byte[] head = response.body().readNBytes(ERROR_HEAD_BYTES);
        if (!sessionExpired(response, head)) {
            return relay(exchange, response, head);
        }
        tokens.invalidate(name, username, token);
        byte[] replay = body == null ? new byte[0] : body.replay();
        if (replay == null) {
            LOG.info("named credential {}: token for {} rejected; the request body is too large to send again", name,
                    username);
            return relay(exchange, response, head);
        }
        response.body().close();
        LOG.info("named credential {}: token for {} rejected by the target; sending once more with a new one", name,
                username);
        return relay(exchange, send(exchange, credential, target, tokens.token(name, username),
                BodyPublishers.ofByteArray(replay)), new byte[0]);
    }

    private HttpResponse<InputStream> send(HttpExchange exchange, NamedCredential credential, URI target,
            TokenResponse token, BodyPublisher body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(credential.timeout())
                .method(exchange.getRequestMethod(), body);
        ForwardedHeaders.request(exchange.getRequestHeaders(), request::header);
        request.header("Authorization", "Bearer " + token.accessToken());
        try {
            return clients.get(credential.name()).send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    /** Sends the target's status, headers and body (after {@code head}, the part already read). */
    private static int relay(HttpExchange exchange, HttpResponse<InputStream> response, byte[] head)
            throws IOException {
        int status = response.statusCode();
        ForwardedHeaders.response(response.headers().map(), exchange.getResponseHeaders()::add);
        long length = response.headers().firstValueAsLong("Content-Length").orElse(0);
        boolean noBody = "HEAD".equals(exchange.getRequestMethod()) || status == 204 || status == 304
                || length == 0 && response.headers().firstValue("Content-Length").isPresent();
        try (InputStream in = response.body()) {
            exchange.sendResponseHeaders(status, noBody ? -1 : length);
            if (!noBody) {
                OutputStream out = exchange.getResponseBody();
                out.write(head);
                in.transferTo(out);
                out.close();
            }
        }
        return status;
    }

    private static boolean sessionExpired(HttpResponse<?> response, byte[] head) {
        String challenge = response.headers().firstValue("WWW-Authenticate").orElse("").toLowerCase(Locale.ROOT);
        String body = new String(head, StandardCharsets.UTF_8);
        return body.contains("INVALID_SESSION_ID") || body.contains("\"invalid_token\"")
                || challenge.contains("invalid_token");
    }

    /** The declared length; 0 without one, -1 for a malformed one (answered 400 before). */
    static long contentLength(HttpExchange exchange) {
        String value = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return value == null ? 0 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
