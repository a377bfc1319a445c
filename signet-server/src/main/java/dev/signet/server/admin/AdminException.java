package dev.signet.server.admin;

/** An admin API refusal, answered as {@code {"error":…,"message":…}}. */
public final class AdminException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String error;

    public AdminException(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    public static AdminException badRequest(String message) {
        return new AdminException(400, "invalid_request", message);
    }

    public static AdminException notFound(String message) {
        return new AdminException(404, "not_found", message);
    }

    public static AdminException conflict(String message) {
        return new AdminException(409, "conflict", message);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
