package dev.signet.server.login;

import dev.signet.core.oauth.OAuth2Error;

/**
 * How a refused login is answered and recorded: the OAuth error the caller gets and the Login
 * History status the admin sees. The reason is given per refusal.
 */
public record LoginAnswer(OAuth2Error error, LoginStatus status) {
    public LoginFailure failure(String reason) {
        return new LoginFailure(error, status, reason);
    }
}
