package dev.signet.server.web;

/** A refusal shown as a console error page: 403 for a failed CSRF check, 404 for an unknown page. */
public final class ConsoleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ConsoleException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static ConsoleException csrf() {
        return new ConsoleException(403, "This form was not sent from a page of this site, or the page has expired "
                + "(CSRF check failed). Go back, reload the page and try again.");
    }

    public int status() {
        return status;
    }
}
