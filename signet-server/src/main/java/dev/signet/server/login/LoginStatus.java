package dev.signet.server.login;

import dev.signet.server.model.LoginEvent;

/**
 * The Login History status of an attempt: Salesforce's own strings where they are known (spec §5),
 * so that reports and filters written for Salesforce work on Signet's history too.
 */
public enum LoginStatus {
    SUCCESS(LoginEvent.SUCCESS),
    INVALID_ASSERTION("Failed: Invalid assertion"),
    ASSERTION_EXPIRED("Failed: Assertion expired"),
    AUDIENCE_INVALID("Failed: Audience is invalid"),
    INVALID_CLIENT_ID("Failed: Invalid client identifier"),
    APP_DISABLED("Failed: App disabled"),
    INVALID_NONCE("Failed: Invalid Nonce"),
    ORG_LOCKED("Failed: Org locked"),
    INVALID_USERNAME("Failed: Invalid username"),
    INVALID_PASSWORD("Invalid Password"),
    PASSWORD_LOCKOUT("Password Lockout"),
    USER_INACTIVE("User is Inactive"),
    USER_FROZEN("User Is Frozen"),
    NOT_APPROVED("Failed: Not approved for access"),
    RESTRICTED_IP("Restricted IP"),
    INVALID_REFRESH_TOKEN("Failed: Invalid refresh token"),
    /** Not a Salesforce status: the server failed while handling the attempt (see the server log). */
    SERVER_ERROR("Failed: Server error"),
    /** Never recorded: client authentication failures answer 401 and are logged at debug only. */
    CLIENT_AUTHENTICATION_FAILED("client authentication failed");

    private final String text;

    LoginStatus(String text) {
        this.text = text;
    }

    /** The string stored in Login History. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
