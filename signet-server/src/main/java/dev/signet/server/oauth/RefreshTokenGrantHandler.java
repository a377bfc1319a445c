package dev.signet.server.oauth;

import dev.signet.server.storage.Directory;
import dev.signet.core.oauth.OAuth2Errors;
import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.login.AccountEligibility;
import dev.signet.server.login.LoginAttempt;
import dev.signet.server.login.LoginFailure;
import dev.signet.server.login.LoginRecorder;
import dev.signet.server.login.LoginStatus;
import dev.signet.server.login.RequestInfo;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.Org;
import dev.signet.server.model.RefreshTokenInfo;
import dev.signet.server.model.User;
import dev.signet.server.secrets.AccessTokens;
import dev.signet.server.storage.RefreshTokenRepository;
import java.util.List;
import java.util.Map;

/**
 * The refresh-token grant: a new access token for a live refresh token of the same app, with the
 * scopes approved when it was issued. The refresh token itself is kept (Salesforce's default
 * policy "Refresh token is valid until revoked"). Every attempt goes to Login History with
 * sub-type {@code OAuth Refresh Token}; IP restrictions apply unless the app relaxes them for
 * refresh tokens.
 *
 * <p>Related specifications: RFC 6749 §6.
 */
public record RefreshTokenGrantHandler(
        Directory directory, RefreshTokenRepository refreshTokens, AccountEligibility eligibility,
        GrantedTokens granted, LoginRecorder recorder) implements GrantHandler {
    public static final String GRANT_TYPE = "refresh_token";
    public static final String LOGIN_SUB_TYPE = "OAuth Refresh Token";

    @Override
    public String grantType() {
        return GRANT_TYPE;
    }

    @Override
    public TokenResponse handle(Map<String, List<String>> params, RequestInfo request) throws LoginFailure {
        Org currentOrg = directory.org();
        LoginAttempt attempt = new LoginAttempt(currentOrg.id(), request);
        try {
            return refresh(params, currentOrg, attempt); // the success entry is stored with the token
        } catch (LoginFailure failure) {
            recorder.record(attempt, failure, LOGIN_SUB_TYPE);
            throw failure;
        }
    }

    private TokenResponse refresh(Map<String, List<String>> params, Org currentOrg, LoginAttempt attempt)
            throws LoginFailure {
        // client_id (REQUIRED for public clients, RFC 6749 §6 with §3.2.1)
        String clientId = GrantParams.optional(params, "client_id");
        ConnectedApp app = clientId == null ? null : directory.apps().findByConsumerKey(clientId).orElse(null);
        if (app == null || !app.enabled()) {
            throw new LoginFailure(OAuth2Errors.INVALID_CLIENT_ID, LoginStatus.INVALID_CLIENT_ID,
                    "client_id is missing, repeated, unknown or of a disabled app");
        }
        attempt.app(app);
        // refresh_token (REQUIRED, RFC 6749 §6)
        String token = GrantParams.optional(params, "refresh_token");
        RefreshTokenInfo info = token == null ? null : refreshTokens.find(AccessTokens.hash(token)).orElse(null);
        if (info == null || info.revoked() || !info.appId().equals(app.id())) {
            throw new LoginFailure(CodeFlowErrors.EXPIRED_REFRESH_TOKEN, LoginStatus.INVALID_REFRESH_TOKEN,
                    info == null ? "unknown refresh token" : info.revoked() ? "refresh token was revoked"
                            : "refresh token belongs to another app");
        }
        User user = directory.users().findById(info.userId()).orElseThrow(() -> new LoginFailure(
                CodeFlowErrors.EXPIRED_REFRESH_TOKEN, LoginStatus.INVALID_REFRESH_TOKEN, "the token's user is gone"));
        attempt.user(user);
        AccountEligibility.requireActiveOrg(currentOrg);
        eligibility.admit(app, user, attempt.request().sourceIp(), true);
        return granted.issue(currentOrg, app, user, info.scopes(), false, attempt.request().baseUrl(),
                recorder.success(attempt, "refresh token accepted", LOGIN_SUB_TYPE)).response();
    }
}
