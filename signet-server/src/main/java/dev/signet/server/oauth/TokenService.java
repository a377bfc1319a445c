package dev.signet.server.oauth;

import dev.signet.core.oauth.OAuth2Error;
import dev.signet.core.oauth.OAuth2Errors;
import dev.signet.core.oauth.OAuth2Exception;
import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.login.LoginAttempt;
import dev.signet.server.login.LoginFailure;
import dev.signet.server.login.LoginRecorder;
import dev.signet.server.login.LoginStatus;
import dev.signet.server.login.RequestInfo;
import dev.signet.server.storage.Directory;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Picks the grant handler by {@code grant_type}; adding a grant means adding a handler. A request
 * that no handler takes (no, repeated or unknown {@code grant_type}, or a body that cannot be
 * read) is recorded in Login History here; the handlers record the rest.
 */
public final class TokenService {
    private final Map<String, GrantHandler> handlers;
    private final Directory directory;
    private final LoginRecorder recorder;
    private final TokenOutcomes outcomes;

    public TokenService(List<GrantHandler> handlers, Directory directory, LoginRecorder recorder,
            TokenOutcomes outcomes) {
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(GrantHandler::grantType, Function.identity()));
        this.directory = directory;
        this.recorder = recorder;
        this.outcomes = outcomes;
    }

    public TokenResponse handle(Map<String, List<String>> params, RequestInfo request) throws OAuth2Exception {
        // grant_type (REQUIRED, RFC 6749 §4.5 / RFC 7523 §2.1)
        List<String> grantType = params.getOrDefault("grant_type", List.of());
        GrantHandler handler = grantType.size() == 1 ? handlers.get(grantType.get(0)) : null;
        if (handler == null) {
            throw refuse(OAuth2Errors.UNSUPPORTED_GRANT_TYPE, LoginStatus.UNSUPPORTED_GRANT_TYPE, grantType.isEmpty()
                    ? "no grant_type (or the body is not a form)" : grantType.size() > 1 ? "grant_type repeated"
                    : "grant_type is not one this server supports", request, "unsupported");
        }
        return counted(handler, params, request);
    }

    // The one place every grant's outcome passes: a token, a refusal, or a fault (a 500).
    private TokenResponse counted(GrantHandler handler, Map<String, List<String>> params, RequestInfo request)
            throws OAuth2Exception {
        String grant = shortName(handler.grantType());
        try {
            TokenResponse response = handler.handle(params, request);
            outcomes.count(grant, "success", LoginStatus.SUCCESS.text());
            return response;
        } catch (OAuth2Exception e) {
            outcomes.count(grant, e.error().code(), e instanceof LoginFailure f ? f.status() : "none");
            throw e;
        } catch (RuntimeException e) {
            outcomes.count(grant, "server_error", "none");
            throw e;
        }
    }

    // urn:ietf:params:oauth:grant-type:jwt-bearer → jwt-bearer; authorization_code stays as it is.
    private static String shortName(String grantType) {
        return grantType.substring(grantType.lastIndexOf(':') + 1);
    }

    /** A request whose body could not be read: recorded like every other attempt. */
    public LoginFailure unreadable(OAuth2Error error, RequestInfo request) {
        return refuse(error, LoginStatus.INVALID_REQUEST, "request body unreadable: " + error.description(), request,
                "unreadable");
    }

    private LoginFailure refuse(OAuth2Error error, LoginStatus status, String reason, RequestInfo request,
            String grant) {
        LoginFailure failure = new LoginFailure(error, status, reason);
        recorder.record(new LoginAttempt(directory.org().id(), request), failure, null);
        outcomes.count(grant, error.code(), failure.status());
        return failure;
    }
}
