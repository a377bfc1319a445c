package dev.signet.server.oauth;

import dev.signet.core.oauth.OAuth2Error;
import dev.signet.core.oauth.OAuth2Errors;

/**
 * Token-endpoint errors of the authorization-code and refresh-token grants, with the strings
 * Salesforce answers (see docs/salesforce-compatibility.md, "Authorization code flow").
 */
public final class CodeFlowErrors {
    public static final OAuth2Error INVALID_CODE = new OAuth2Error("invalid_grant", "invalid authorization code", 400);
    public static final OAuth2Error EXPIRED_CODE = OAuth2Errors.EXPIRED;
    public static final OAuth2Error REDIRECT_URI_MISMATCH =
            new OAuth2Error("redirect_uri_mismatch", "redirect_uri must match configuration", 400);
    public static final OAuth2Error INVALID_CODE_VERIFIER = new OAuth2Error("invalid_grant", "invalid code verifier", 400);
    public static final OAuth2Error EXPIRED_REFRESH_TOKEN =
            new OAuth2Error("invalid_grant", "expired access/refresh token", 400);
    public static final OAuth2Error AUTHENTICATION_FAILURE =
            new OAuth2Error("invalid_grant", "authentication failure", 400);

    private CodeFlowErrors() {}
}
