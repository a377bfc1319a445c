package dev.signet.core.oauth;

/**
 * The token-endpoint errors Salesforce answers in the JWT bearer flow, with their verbatim
 * descriptions (see docs/salesforce-compatibility.md for the sources).
 */
public final class OAuth2Errors {
    public static final OAuth2Error UNSUPPORTED_GRANT_TYPE =
            new OAuth2Error("unsupported_grant_type", "grant type not supported", 400);
    public static final OAuth2Error INVALID_ASSERTION = new OAuth2Error("invalid_grant", "invalid assertion", 400);
    public static final OAuth2Error INVALID_CLIENT_ID =
            new OAuth2Error("invalid_client_id", "client identifier invalid", 400);
    public static final OAuth2Error AUDIENCE_INVALID = new OAuth2Error("invalid_grant", "audience is invalid", 400);
    public static final OAuth2Error EXPIRED = new OAuth2Error("invalid_grant", "expired authorization code", 400);
    public static final OAuth2Error NOT_APPROVED =
            new OAuth2Error("invalid_grant", "user hasn't approved this consumer", 400);
    public static final OAuth2Error NOT_ADMIN_APPROVED =
            new OAuth2Error("invalid_app_access", "user is not admin approved to access this app", 400);
    public static final OAuth2Error INACTIVE_USER = new OAuth2Error("invalid_grant", "inactive user", 400);
    public static final OAuth2Error INACTIVE_ORG =
            new OAuth2Error("inactive_org", "Org is locked, closed, or suspended", 400);
    public static final OAuth2Error IP_RESTRICTED =
            new OAuth2Error("invalid_grant", "IP restricted or invalid login hours", 400);
    public static final OAuth2Error INVALID_REQUEST = new OAuth2Error("invalid_request", "invalid request", 400);

    private OAuth2Errors() {}
}
