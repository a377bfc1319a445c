package dev.signet.server.http;

/** A REST API refusal, answered as {@code [{"message":…,"errorCode":…}]} with its status. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String errorCode;

    public ApiException(int status, String errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    public static ApiException invalidSession() {
        return new ApiException(401, "INVALID_SESSION_ID", "Session expired or invalid");
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    /** Salesforce's answer for a path or record that is not there. */
    public static ApiException notFound() {
        return new ApiException(404, "NOT_FOUND", "The requested resource does not exist");
    }
}
