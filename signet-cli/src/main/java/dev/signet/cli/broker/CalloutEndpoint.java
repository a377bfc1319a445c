package dev.signet.cli.broker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.signet.client.JwtBearerException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ANY /callout/NAME/PATH?QUERY}: a callout through the named credential {@code NAME} to
 * its URL + {@code PATH?QUERY}, for a caller allowed to use it. The caller authenticates with its
 * API key and never sees the token.
 *
 * <p>Answers: whatever the target answers; or the broker's own 400 (malformed path), 401 (missing
 * or unknown API key), 403 (credential not allowed for this caller, or subject not mapped), 404
 * (no such named credential), 413 (body over {@code maxBodyBytes}), 502 (no token, or the target
 * cannot be reached), 504 (the target did not answer within {@code timeoutSeconds}). The log names
 * the caller, credential, method, path (no query) and status; never a key or a token.
 */
final class CalloutEndpoint implements HttpHandler {
    static final String PATH = "/callout/";
    private static final Logger LOG = LoggerFactory.getLogger(CalloutEndpoint.class);
    private static final Set<String> DOT_SEGMENTS = Set.of(".", "..", "%2e", "%2e%2e", ".%2e", "%2e.");

    private final ApiKeys apiKeys;
    private final Map<String, NamedCredential> credentials;
    private final CalloutForwarder forwarder;

    CalloutEndpoint(ApiKeys apiKeys, Map<String, NamedCredential> credentials, CalloutForwarder forwarder) {
        this.apiKeys = apiKeys;
        this.credentials = Map.copyOf(credentials);
        this.forwarder = forwarder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Optional<Caller> caller = apiKeys.caller(Replies.presentedKey(exchange));
            if (caller.isEmpty()) {
                LOG.info("refused a callout from {}: missing or unknown API key", exchange.getRemoteAddress());
                Replies.unauthorized(exchange);
                return;
            }
            route(exchange, caller.get());
        }
    }

    private void route(HttpExchange exchange, Caller caller) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        String rest = rawPath.substring(PATH.length());
        int slash = rest.indexOf('/');
        String name = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        NamedCredential credential = credentials.get(name);
        if (credential == null) {
            Replies.error(exchange, 404, "not_found", "no named credential '" + name + "': callouts go to "
                    + PATH + "NAME/PATH");
            return;
        }
        if (!caller.mayUse(name)) {
            LOG.warn("caller {} may not use named credential {}", caller.name(), name);
            Replies.error(exchange, 403, "access_denied", "caller '" + caller.name() + "' may not use named"
                    + " credential '" + name + "'");
            return;
        }
        String subject = exchange.getRequestHeaders().getFirst(ForwardedHeaders.SUBJECT);
        Optional<String> username = credential.username(subject);
        if (username.isEmpty()) {
            LOG.warn("caller {} asked {} for subject {}, which is not mapped", caller.name(), name, subject);
            Replies.error(exchange, 403, "access_denied", "named credential '" + name + "' maps no user for "
                    + (subject == null ? "a callout without a " + ForwardedHeaders.SUBJECT + " header"
                    : "subject '" + subject + "'"));
            return;
        }
        if (!checked(exchange, credential, path)) {
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        URI target = URI.create(credential.url() + path + (query == null ? "" : "?" + query));
        call(exchange, caller, credential, username.get(), target);
    }

    /** The path has no dot segments and the declared body is within the limit; else answered. */
    private static boolean checked(HttpExchange exchange, NamedCredential credential, String path)
            throws IOException {
        for (String segment : path.split("/")) {
            if (DOT_SEGMENTS.contains(segment.toLowerCase(Locale.ROOT))) {
                Replies.error(exchange, 400, "invalid_request", "the callout path may not contain . or .. segments");
                return false;
            }
        }
        long length = CalloutForwarder.contentLength(exchange);
        if (length < 0) {
            Replies.error(exchange, 400, "invalid_request", "malformed Content-Length");
            return false;
        }
        if (length > credential.maxBodyBytes()) {
            Replies.tooLarge(exchange, credential.maxBodyBytes());
            return false;
        }
        return true;
    }

    private void call(HttpExchange exchange, Caller caller, NamedCredential credential, String username, URI target)
            throws IOException {
        String what = exchange.getRequestMethod() + " " + target.getRawPath();
        try {
            int status = forwarder.forward(exchange, credential, username, target);
            LOG.info("callout {} {} by {} as {}: {}", credential.name(), what, caller.name(), username, status);
        } catch (JwtBearerException e) {
            LOG.warn("callout {} {} by {}: no token for {}: {}; hint: {}", credential.name(), what, caller.name(),
                    username, e.getMessage(), e.hint());
            Replies.respond(exchange, 502, JwtAuthEndpoint.badGateway(e).toString());
        } catch (IOException e) {
            failed(exchange, credential, what + " by " + caller.name(), e);
        }
    }

    /** The broker's answer to a failed forward, if the target's answer has not begun. */
    private static void failed(HttpExchange exchange, NamedCredential credential, String what, IOException e)
            throws IOException {
        boolean tooLarge = causes(e, CappedBody.TooLarge.class);
        boolean timeout = causes(e, HttpTimeoutException.class);
        LOG.warn("callout {} {} failed: {}", credential.name(), what, tooLarge ? "request body over the limit"
                : timeout ? "no answer within " + credential.timeoutSeconds() + " s" : e.toString());
        if (exchange.getResponseCode() != -1) {
            return;
        }
        if (tooLarge) {
            Replies.tooLarge(exchange, credential.maxBodyBytes());
        } else if (timeout) {
            Replies.error(exchange, 504, "gateway_timeout", "named credential '" + credential.name() + "': the target"
                    + " did not answer within " + credential.timeoutSeconds() + " s");
        } else {
            Replies.error(exchange, 502, "bad_gateway", "named credential '" + credential.name() + "': cannot reach "
                    + URI.create(credential.url()).getHost());
        }
    }

    private static boolean causes(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
