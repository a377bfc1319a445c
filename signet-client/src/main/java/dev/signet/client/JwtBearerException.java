package dev.signet.client;

import dev.signet.core.oauth.OAuth2Error;
import java.util.Objects;

/**
 * The token request failed: the server answered with an OAuth error, answered something that is
 * not a token response, or could not be reached. Carries the {@link OAuth2Error} and a
 * {@linkplain #hint() hint} naming the likely mistake. The message is {@code error: description}
 * and never holds a key, assertion or token.
 *
 * <p>Related specifications: RFC 6749 §5.2, RFC 7523 §3.1; Salesforce "OAuth 2.0 Authorization
 * Errors".
 */
public final class JwtBearerException extends RuntimeException {
    /** Error code of a request that got no HTTP response (HTTP status 0). */
    public static final String TRANSPORT_ERROR = "transport_error";
    /** Error code of a 2xx response that is not a token response. */
    public static final String INVALID_RESPONSE = "invalid_token_response";

    private static final long serialVersionUID = 1L;

    private final transient OAuth2Error error;
    private final String hint;

    /**
     * An exception with the generic hint for {@code error}.
     *
     * @param error the error, as the server sent it
     */
    public JwtBearerException(OAuth2Error error) {
        this(error, ErrorHints.hint(error), null);
    }

    /**
     * An exception with a hint computed by the caller, e.g. with
     * {@link ErrorHints#hint(OAuth2Error, ErrorHints.Context)}.
     *
     * @param error the error
     * @param hint one or two sentences on the likely mistake
     * @param cause the underlying exception, or {@code null}
     */
    public JwtBearerException(OAuth2Error error, String hint, Throwable cause) {
        super(message(Objects.requireNonNull(error, "error must not be null")), cause);
        this.error = error;
        this.hint = Objects.requireNonNull(hint, "hint must not be null");
    }

    private static String message(OAuth2Error error) {
        return error.description() == null ? error.code() : error.code() + ": " + error.description();
    }

    /** The whole error value. */
    public OAuth2Error oauth2Error() {
        return error;
    }

    /** The {@code error} code, e.g. {@code invalid_grant}, or {@link #TRANSPORT_ERROR}. */
    public String error() {
        return error.code();
    }

    /** The {@code error_description}, e.g. {@code audience is invalid}; may be {@code null}. */
    public String description() {
        return error.description();
    }

    /** The HTTP status of the response, or 0 when there was none. */
    public int httpStatus() {
        return error.httpStatus();
    }

    /** One or two sentences naming the likely mistake and how to fix it. */
    public String hint() {
        return hint;
    }
}
