package dev.signet.core.oauth;

import java.util.Objects;

/**
 * An OAuth 2.0 error: the {@code error} code, the {@code error_description} and the HTTP status
 * it is answered with.
 *
 * <p>Related specifications: RFC 6749 §5.2, RFC 7523 §3.1.
 *
 * @param code the {@code error} code, e.g. {@code invalid_grant}
 * @param description the {@code error_description}, e.g. {@code audience is invalid}
 * @param httpStatus the HTTP status of the response that carries it
 */
public record OAuth2Error(String code, String description, int httpStatus) {
    public OAuth2Error {
        Objects.requireNonNull(code, "code must not be null");
    }

    /** A copy with another description. */
    public OAuth2Error withDescription(String newDescription) {
        return new OAuth2Error(code, newDescription, httpStatus);
    }

    /** A copy with another HTTP status. */
    public OAuth2Error withHttpStatus(int status) {
        return new OAuth2Error(code, description, status);
    }
}
