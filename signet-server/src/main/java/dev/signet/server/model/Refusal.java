package dev.signet.server.model;

/**
 * A request refused for a reason the caller can act on: the HTTP status, a machine-readable code
 * and a message, which the caller's endpoint family writes in its own error shape.
 */
public abstract class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String errorCode;

    protected Refusal(int status, String errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }
}
