package dev.signet.server.login;

import dev.signet.core.oauth.OAuth2Error;
import dev.signet.core.oauth.OAuth2Errors;

/**
 * Why the org, app or user may not log in or use a token now, with the precise reason. The token
 * grants answer {@link #failure()}; callers that answer in another shape (the authorization-code
 * grant, the resource server, the authorize page) map the {@link Kind} themselves.
 */
public record AccountRefusal(Kind kind, String reason) {

    /** What is wrong, with the OAuth error and Login History status the token grants use for it. */
    public enum Kind {
        ORG_INACTIVE(OAuth2Errors.INACTIVE_ORG, LoginStatus.ORG_LOCKED),
        APP_DISABLED(OAuth2Errors.INVALID_CLIENT_ID, LoginStatus.APP_DISABLED),
        USER_INACTIVE(OAuth2Errors.INACTIVE_USER, LoginStatus.USER_INACTIVE),
        USER_FROZEN(OAuth2Errors.INACTIVE_USER, LoginStatus.USER_FROZEN);

        private final LoginAnswer answer;

        Kind(OAuth2Error error, LoginStatus status) {
            this.answer = new LoginAnswer(error, status);
        }
    }

    /** The refusal as the token grants answer and record it. */
    public LoginFailure failure() {
        return kind.answer.failure(reason);
    }
}
