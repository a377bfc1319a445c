package dev.signet.server.login;

import dev.signet.core.oauth.OAuth2Error;
import dev.signet.core.oauth.OAuth2Exception;

/**
 * A refused login: the OAuth error the caller gets, and for Login History the Salesforce-style
 * status and the precise reason (which the caller never sees).
 */
public final class LoginFailure extends OAuth2Exception {
    private static final long serialVersionUID = 1L;
    private final String status;
    private final String reason;

    public LoginFailure(OAuth2Error error, LoginStatus status, String reason) {
        super(error);
        this.status = status.text();
        this.reason = reason;
    }

    /** The Login History status string ({@link LoginStatus#text()}). */
    public String status() {
        return status;
    }

    public boolean hasStatus(LoginStatus value) {
        return status.equals(value.text());
    }

    public String reason() {
        return reason;
    }
}
