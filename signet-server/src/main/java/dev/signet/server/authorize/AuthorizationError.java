package dev.signet.server.authorize;

/**
 * A refused authorization request. With an unknown client or a {@code redirect_uri} that is not
 * a callback URL of the app, the error is shown on a page (RFC 6749 §4.1.2.1: never redirect to
 * an unverified URI); otherwise it is sent to the callback as {@code error},
 * {@code error_description} and {@code state}.
 */
public final class AuthorizationError extends Exception {
    private static final long serialVersionUID = 1L;
    private final String error;
    private final String description;
    private final transient AuthorizationRequest request;

    private AuthorizationError(String error, String description, AuthorizationRequest request) {
        super(error + ": " + description);
        this.error = error;
        this.description = description;
        this.request = request;
    }

    /** An error shown on a page: the client or its redirect URI cannot be trusted. */
    static AuthorizationError page(String error, String description) {
        return new AuthorizationError(error, description, null);
    }

    /** An error sent to the request's (verified) redirect URI. */
    static AuthorizationError redirect(AuthorizationRequest request, String error, String description) {
        return new AuthorizationError(error, description, request);
    }

    public String error() {
        return error;
    }

    public String description() {
        return description;
    }

    /** The callback URL with the error, or null when the error must be shown on a page. */
    public String redirectUri() {
        return request == null ? null : request.callback("error", error, "error_description", description);
    }
}
