package dev.signet.server.oauth;

import dev.signet.server.storage.Directory;
import dev.signet.core.oauth.OAuth2Error;
import dev.signet.core.oauth.OAuth2Errors;
import dev.signet.core.oauth.OAuth2Exception;
import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.login.AccountEligibility;
import dev.signet.server.login.LoginAttempt;
import dev.signet.server.login.LoginFailure;
import dev.signet.server.login.LoginRecorder;
import dev.signet.server.login.LoginStatus;
import dev.signet.server.login.RequestInfo;
import dev.signet.server.model.AuthorizationCode;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.Org;
import dev.signet.server.model.User;
import dev.signet.server.secrets.AccessTokens;
import dev.signet.server.storage.AuthorizationCodeRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The authorization-code grant for public clients with PKCE (no client secret). Order: client →
 * code (redeemed atomically, so it serves once even when the request then fails; a second use
 * revokes what the first was exchanged for) → same app →
 * unexpired → same {@code redirect_uri} → PKCE S256 → org and user still active. Answers an
 * access token and, when the scopes include {@code refresh_token}, a refresh token.
 *
 * <p>Related specifications: RFC 6749 §4.1.3–4.1.4; RFC 7636 §4.5–4.6.
 */
public record AuthorizationCodeGrantHandler(
        Directory directory, AuthorizationCodeRepository codes, GrantedTokens granted, LoginRecorder recorder,
        Clock clock) implements GrantHandler {
    public static final String GRANT_TYPE = "authorization_code";
    /** The Login History sub-type of code exchanges, that of the web-server flow. */
    public static final String LOGIN_SUB_TYPE = "OAuth Web Server";
    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationCodeGrantHandler.class);

    @Override
    public String grantType() {
        return GRANT_TYPE;
    }

    @Override
    public TokenResponse handle(Map<String, List<String>> params, RequestInfo request) throws OAuth2Exception {
        LoginAttempt attempt = new LoginAttempt(directory.org().id(), request);
        try {
            return exchange(params, request, attempt); // the success entry is stored with the token
        } catch (OAuth2Exception e) {
            recorder.record(attempt, e instanceof LoginFailure failure ? failure
                    : new LoginFailure(e.error(), status(e.error()), e.error().description()), LOGIN_SUB_TYPE);
            throw e;
        }
    }

    // The Login History status of a refusal made before the code is redeemed.
    private static LoginStatus status(OAuth2Error error) {
        if (error.equals(OAuth2Errors.INACTIVE_ORG)) {
            return LoginStatus.ORG_LOCKED;
        }
        return error.equals(OAuth2Errors.INVALID_CLIENT_ID) ? LoginStatus.INVALID_CLIENT_ID : LoginStatus.INVALID_REQUEST;
    }

    private TokenResponse exchange(Map<String, List<String>> params, RequestInfo request, LoginAttempt attempt)
            throws OAuth2Exception {
        // client_id (REQUIRED for public clients, RFC 6749 §4.1.3)
        ConnectedApp app = GrantParams.client(directory.apps(), params);
        attempt.app(app);
        // code (REQUIRED, RFC 6749 §4.1.3)
        String code = GrantParams.single(params, "code", OAuth2Errors.INVALID_REQUEST);
        String codeHash = AccessTokens.hash(code);
        AuthorizationCode redeemed = codes.redeem(codeHash, clock.instant()).orElseThrow(() -> reused(codeHash));
        if (!redeemed.appId().equals(app.id())) {
            throw refuse(CodeFlowErrors.INVALID_CODE, "code was issued to another app");
        }
        if (!clock.instant().isBefore(redeemed.expiresAt())) {
            throw refuse(CodeFlowErrors.EXPIRED_CODE, "code expired at " + redeemed.expiresAt());
        }
        // redirect_uri (REQUIRED when sent in the authorization request, RFC 6749 §4.1.3)
        if (!redeemed.redirectUri().equals(GrantParams.optional(params, "redirect_uri"))) {
            throw refuse(CodeFlowErrors.REDIRECT_URI_MISMATCH, "redirect_uri differs from the authorization request");
        }
        // code_verifier (REQUIRED with PKCE, RFC 7636 §4.5)
        if (!Pkce.verifies(GrantParams.optional(params, "code_verifier"), redeemed.codeChallenge())) {
            throw refuse(CodeFlowErrors.INVALID_CODE_VERIFIER, "code_verifier missing or does not match the challenge");
        }
        Org currentOrg = directory.org();
        if (AccountEligibility.org(currentOrg).isPresent()) {
            throw new OAuth2Exception(OAuth2Errors.INACTIVE_ORG);
        }
        User user = directory.users().findById(redeemed.userId()).filter(AccountEligibility::usable)
                .orElseThrow(() -> refuse(OAuth2Errors.INACTIVE_USER, "user is no longer active"));
        attempt.user(user);
        GrantedTokens.Issued issued = granted.issue(currentOrg, app, user, redeemed.scopes(), true, request.baseUrl(),
                recorder.success(attempt, "authorization code exchanged", LOGIN_SUB_TYPE));
        codes.recordIssued(codeHash, issued.accessTokenRef(), issued.refreshTokenHash(), clock.instant());
        return issued.response();
    }

    // RFC 6749 §4.1.2: a code used twice may have been stolen, so what it was exchanged for is revoked.
    private LoginFailure reused(String codeHash) {
        boolean reused = codes.reuse(codeHash, clock.instant());
        return refuse(CodeFlowErrors.INVALID_CODE, reused
                ? "code already used: the tokens it was exchanged for are revoked" : "unknown code");
    }

    private static LoginFailure refuse(OAuth2Error error, String reason) {
        LOG.debug("authorization code refused: {}", reason);
        return new LoginFailure(error, error.equals(OAuth2Errors.INACTIVE_USER) ? LoginStatus.USER_INACTIVE
                : LoginStatus.INVALID_AUTHORIZATION_CODE, reason);
    }
}
