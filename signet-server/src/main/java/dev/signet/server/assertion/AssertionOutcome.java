package dev.signet.server.assertion;

import dev.signet.core.oauth.OAuth2Error;
import dev.signet.core.oauth.OAuth2Errors;
import dev.signet.server.login.LoginAnswer;
import dev.signet.server.login.LoginFailure;
import dev.signet.server.login.LoginStatus;

/**
 * Every verdict on a JWT assertion, with the answer the JWT bearer grant gives for it (Salesforce's
 * error and Login History status, docs/salesforce-compatibility.md). Client authentication answers
 * every refusal with {@code invalid_client}; {@code jwt decode} prints it.
 */
public enum AssertionOutcome {
    ACCEPTED(null, LoginStatus.SUCCESS),
    NOT_A_JWS(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_ASSERTION),
    UNSIGNED(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_ASSERTION),
    ALGORITHM_NOT_ALLOWED(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_ASSERTION),
    CLAIMS_NOT_AN_OBJECT(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_ASSERTION),
    CLAIM_MALFORMED(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_ASSERTION),
    ISSUER_MISSING(OAuth2Errors.INVALID_CLIENT_ID, LoginStatus.INVALID_CLIENT_ID),
    ISSUER_UNKNOWN(OAuth2Errors.INVALID_CLIENT_ID, LoginStatus.INVALID_CLIENT_ID),
    APP_DISABLED(OAuth2Errors.INVALID_CLIENT_ID, LoginStatus.APP_DISABLED),
    SIGNATURE_INVALID(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_ASSERTION),
    TYPE_NOT_ALLOWED(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_ASSERTION),
    TYPE_REQUIRED(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_ASSERTION),
    AUDIENCE_MISSING(OAuth2Errors.AUDIENCE_INVALID, LoginStatus.AUDIENCE_INVALID),
    AUDIENCE_INVALID(OAuth2Errors.AUDIENCE_INVALID, LoginStatus.AUDIENCE_INVALID),
    EXPIRY_MISSING(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_ASSERTION),
    EXPIRED(OAuth2Errors.EXPIRED, LoginStatus.ASSERTION_EXPIRED),
    NOT_YET_VALID(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_ASSERTION),
    LIFETIME_TOO_LONG(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_ASSERTION),
    JTI_MISSING(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_ASSERTION),
    JTI_TOO_LONG(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_ASSERTION),
    JTI_REPLAYED(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_NONCE),
    SUBJECT_MISSING(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_ASSERTION),
    SUBJECT_NOT_ISSUER(OAuth2Errors.INVALID_ASSERTION, LoginStatus.INVALID_ASSERTION);

    private final LoginAnswer answer;

    AssertionOutcome(OAuth2Error error, LoginStatus status) {
        this.answer = new LoginAnswer(error, status);
    }

    /** This refusal as the JWT bearer grant answers and records it. */
    public LoginFailure failure(String reason) {
        if (this == ACCEPTED) {
            throw new IllegalStateException("an accepted assertion is not a failure");
        }
        return answer.failure(reason);
    }
}
