package dev.signet.server.admin;

import dev.signet.server.model.Refusal;

/** An admin API refusal, answered as {@code {"error":…,"message":…}}. */
public final class AdminException extends Refusal {
    private static final long serialVersionUID = 1L;

    public AdminException(int status, String error, String message) {
        super(status, error, message);
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
}
