package dev.signet.server.oauth;

import dev.signet.core.oauth.GrantTypes;
import dev.signet.core.oauth.OAuth2Errors;
import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.assertion.AppIssuers;
import dev.signet.server.assertion.AssertionClaims;
import dev.signet.server.assertion.AssertionOutcome;
import dev.signet.server.assertion.AssertionRules;
import dev.signet.server.assertion.AssertionVerifier;
import dev.signet.server.assertion.Verdict;
import dev.signet.server.login.AccountEligibility;
import dev.signet.server.login.LoginAttempt;
import dev.signet.server.login.LoginFailure;
import dev.signet.server.login.LoginRecorder;
import dev.signet.server.login.LoginStatus;
import dev.signet.server.login.RequestInfo;
import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.Org;
import dev.signet.server.model.User;
import dev.signet.server.secrets.TokenId;
import dev.signet.server.storage.Directory;
import dev.signet.server.storage.TokenRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JWT bearer grant (RFC 7523 §2.1) with Salesforce's rules and error strings: the assertion
 * ({@link AssertionVerifier}, JWT bearer rules) → org → user ({@code prn}, else {@code sub}) →
 * {@link AccountEligibility} (user state, IP ranges, app policy) → the {@code jti} mark and the
 * token record, in one transaction. Every attempt ends in Login History, also one that fails
 * unexpectedly. The token itself (opaque or JWT) comes from the {@link AccessTokenIssuer}.
 */
public final class JwtBearerGrantHandler implements GrantHandler {
    private final Directory directory;
    private final AccessTokenMinting minting;
    private final AssertionVerifier verifier;
    private final AppIssuers issuers;
    private final AccountEligibility eligibility;
    private final LoginRecorder recorder;
    private final Clock clock;

    public JwtBearerGrantHandler(Directory directory, AccessTokenMinting minting, AssertionRules rules,
            AccountEligibility eligibility, LoginRecorder recorder, Clock clock) {
        this.directory = directory;
        this.minting = minting;
        this.verifier = new AssertionVerifier(rules, clock);
        this.issuers = new AppIssuers(directory.apps());
        this.eligibility = eligibility;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public String grantType() {
        return GrantTypes.JWT_BEARER;
    }

    @Override
    public TokenResponse handle(Map<String, List<String>> params, RequestInfo request) throws LoginFailure {
        Org currentOrg = directory.org();
        LoginAttempt attempt = new LoginAttempt(currentOrg.id(), request);
        try {
            return login(params, currentOrg, attempt); // the success entry is stored with the token
        } catch (LoginFailure failure) {
            recorder.record(attempt, failure, null);
            throw failure;
        } catch (RuntimeException e) {
            // The caller gets the usual server_error answer; the attempt still belongs in Login History.
            recorder.record(attempt, LoginStatus.SERVER_ERROR, "unexpected error: " + e.getClass().getSimpleName());
            throw e;
        }
    }

    private TokenResponse login(Map<String, List<String>> params, Org currentOrg, LoginAttempt attempt)
            throws LoginFailure {
        Verdict<ConnectedApp> verdict = verifier.verify(assertion(params), issuers);
        attempt.username(verdict.subject());
        attempt.app(verdict.issuer());
        if (!verdict.accepted()) {
            throw verdict.failure();
        }
        AccountEligibility.requireActiveOrg(currentOrg);
        User user = directory.users().findByUsername(verdict.subject()).orElseThrow(() -> new LoginFailure(
                OAuth2Errors.NOT_APPROVED, LoginStatus.INVALID_USERNAME, "no user with this username"));
        attempt.user(user);
        List<String> scopes = eligibility.admitWithoutConsent(verdict.issuer(), user, attempt.request().sourceIp());
        return issue(currentOrg, verdict.issuer(), user, scopes, verdict.claims(), attempt);
    }

    // assertion (REQUIRED, RFC 7523 §2.1)
    private static String assertion(Map<String, List<String>> params) throws LoginFailure {
        List<String> values = params.getOrDefault("assertion", List.of());
        if (values.size() != 1 || values.get(0).isBlank()) {
            throw AssertionOutcome.NOT_A_JWS.failure(values.isEmpty() ? "no assertion parameter"
                    : "assertion parameter repeated");
        }
        return values.get(0);
    }

    private TokenResponse issue(Org org, ConnectedApp app, User user, List<String> scopes, AssertionClaims claims,
            LoginAttempt attempt) throws LoginFailure {
        String base = attempt.request().baseUrl();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofMinutes(app.sessionTimeoutMinutes()));
        AccessTokenInfo info = new AccessTokenInfo(org.id(), user.id(), app.id(), scopes, now, expiresAt, false);
        TokenContext context = new TokenContext(TokenId.next(now), org, app, user, info, base);
        String token;
        try {
            token = minting.mint(context, claims.jwtId(), claims.replayWindowEnd(verifier.rules().clockSkew()),
                    recorder.success(attempt, "JWT bearer assertion accepted", null));
        } catch (TokenRepository.JtiReplayedException e) {
            throw AssertionOutcome.JTI_REPLAYED.failure("jti was already used (replayed assertion)");
        }
        return new TokenResponse(token, String.join(" ", scopes), base, context.identityUrl(), "Bearer",
                now.toEpochMilli(), null);
    }
}
