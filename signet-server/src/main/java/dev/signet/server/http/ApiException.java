package dev.signet.server.http;

import dev.signet.server.model.Refusal;

/** A REST API refusal, answered as {@code [{"message":…,"errorCode":…}]} with its status. */
public final class ApiException extends Refusal {
    private static final long serialVersionUID = 1L;

    public ApiException(int status, String errorCode, String message) {
        super(status, errorCode, message);
    }

    public static ApiException invalidSession() {
        return new ApiException(401, "INVALID_SESSION_ID", "Session expired or invalid");
    }

    /** Salesforce's answer for a path or record that is not there. */
    public static ApiException notFound() {
        return new ApiException(404, "NOT_FOUND", "The requested resource does not exist");
    }
}
