package dev.signet.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A Salesforce REST API call answered with a status other than 2xx. Carries the status, the
 * {@code errorCode} and {@code message} of the first entry of Salesforce's error body
 * {@code [{"message":…,"errorCode":…}]} (or of an OAuth {@code {"error":…}} body), and the whole
 * response. The message names the method and path, never the token.
 *
 * <p>Related specifications: Salesforce REST API Developer Guide, "Status Codes and Error
 * Responses".
 */
public final class SalesforceApiException extends RuntimeException {
    /** The {@code errorCode} of an expired, revoked or unknown access token. */
    public static final String INVALID_SESSION_ID = "INVALID_SESSION_ID";

    private static final long serialVersionUID = 1L;

    private final transient HttpResult response;
    private final String errorCode;

    private SalesforceApiException(String message, HttpResult response, String errorCode) {
        super(message);
        this.response = response;
        this.errorCode = errorCode;
    }

    /** The exception for a non-2xx {@code response} to {@code method path}. */
    static SalesforceApiException of(String method, String path, HttpResult response) {
        Objects.requireNonNull(response, "response must not be null");
        ErrorBody error = ErrorBody.parse(response);
        String detail = error.code() == null ? "" : " " + error.code() + (error.message() == null ? ""
                : ": " + error.message());
        return new SalesforceApiException(method + " " + path + " answered HTTP " + response.status() + detail,
                response, error.code());
    }

    /** Whether {@code response} says the access token is no longer valid (401 {@code INVALID_SESSION_ID}). */
    static boolean isInvalidSession(HttpResult response) {
        return response.status() == 401 && INVALID_SESSION_ID.equals(ErrorBody.parse(response).code());
    }

    /** The HTTP status. */
    public int status() {
        return response.status();
    }

    /** Salesforce's {@code errorCode} (e.g. {@code NOT_FOUND}), or {@code null} when the body has none. */
    public String errorCode() {
        return errorCode;
    }

    /** The whole response, body included. */
    public HttpResult response() {
        return response;
    }

    /** The first error of a Salesforce or OAuth error body; both parts may be null. */
    private record ErrorBody(String code, String message) {
        static ErrorBody parse(HttpResult response) {
            JsonNode node;
            try {
                node = response.json();
            } catch (IllegalStateException e) {
                return new ErrorBody(null, null);
            }
            JsonNode first = node.isArray() && !node.isEmpty() ? node.get(0) : node;
            if (first.hasNonNull("errorCode")) {
                return new ErrorBody(first.get("errorCode").asText(), text(first, "message"));
            }
            if (first.hasNonNull("error")) {
                return new ErrorBody(first.get("error").asText(), text(first, "error_description"));
            }
            return new ErrorBody(null, null);
        }

        private static String text(JsonNode node, String field) {
            return node.hasNonNull(field) ? node.get(field).asText() : null;
        }
    }
}
