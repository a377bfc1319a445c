package dev.signet.server.oauth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import dev.signet.core.oauth.GrantTypes;
import dev.signet.core.oauth.OAuth2Errors;
import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.login.IpRestrictionPolicy;
import dev.signet.server.login.LoginAttempt;
import dev.signet.server.login.LoginFailure;
import dev.signet.server.login.LoginRecorder;
import dev.signet.server.login.RequestInfo;
import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.Org;
import dev.signet.server.model.OrgStatus;
import dev.signet.server.model.User;
import dev.signet.server.secrets.AccessTokens;
import dev.signet.server.storage.AppRepository;
import dev.signet.server.storage.TokenRepository;
import dev.signet.server.storage.UserRepository;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The JWT bearer grant (RFC 7523 §2.1) with Salesforce's rules and error strings. Order of checks:
 * parse → RS256 → {@code iss} → signature (nothing about the assertion is trusted before this) →
 * {@code aud} → {@code exp}/{@code nbf} → strict-mode rules → org → user → IP restrictions → app policy → the
 * {@code jti} mark and the token record, in one transaction. Every attempt ends in Login History.
 * The token itself (opaque or JWT) comes from the {@link AccessTokenIssuer}.
 */
public final class JwtBearerGrantHandler implements GrantHandler {
    private static final long LAST_STORABLE_SECOND = 253_402_300_799L - 86_400; // 9999-12-30
    private final Supplier<Org> org;
    private final AppRepository apps;
    private final UserRepository users;
    private final TokenRepository tokens;
    private final AccessTokenIssuer issuer;
    private final LoginRecorder recorder;
    private final AudiencePolicy audiences;
    private final ApprovalPolicy approvals;
    private final IpRestrictionPolicy ipRestrictions;
    private final SignatureVerifier signatures = new SignatureVerifier();
    private final Duration clockSkew;
    private final Duration strictMaxLifetime;
    private final Clock clock;

    public JwtBearerGrantHandler(Supplier<Org> org, AppRepository apps, UserRepository users, TokenRepository tokens,
            AccessTokenIssuer issuer, LoginRecorder recorder, AudiencePolicy audiences, Duration clockSkew,
            Duration strictMaxLifetime, IpRestrictionPolicy ipRestrictions, Clock clock) {
        this.org = org;
        this.apps = apps;
        this.users = users;
        this.tokens = tokens;
        this.issuer = issuer;
        this.recorder = recorder;
        this.audiences = audiences;
        this.approvals = new ApprovalPolicy(apps);
        this.ipRestrictions = ipRestrictions;
        this.clockSkew = clockSkew;
        this.strictMaxLifetime = strictMaxLifetime;
        this.clock = clock;
    }

    @Override
    public String grantType() {
        return GrantTypes.JWT_BEARER;
    }

    @Override
    public TokenResponse handle(Map<String, List<String>> params, RequestInfo request) throws LoginFailure {
        Org currentOrg = org.get();
        LoginAttempt attempt = new LoginAttempt(currentOrg.id(), request);
        try {
            TokenResponse response = login(params, currentOrg, attempt);
            recorder.record(attempt, "Success", "JWT bearer assertion accepted");
            return response;
        } catch (LoginFailure failure) {
            recorder.record(attempt, failure.status(), failure.reason());
            throw failure;
        }
    }

    private TokenResponse login(Map<String, List<String>> params, Org currentOrg, LoginAttempt attempt)
            throws LoginFailure {
        // assertion (REQUIRED, RFC 7523 §2.1)
        List<String> values = params.getOrDefault("assertion", List.of());
        if (values.size() != 1 || values.get(0).isBlank()) {
            throw AssertionClaims.malformed(values.isEmpty() ? "no assertion parameter" : "assertion parameter repeated");
        }
        SignedJWT jwt = parse(values.get(0));
        AssertionClaims claims = AssertionClaims.from(jwt.getPayload().toJSONObject());
        attempt.username(claims.subject());
        ConnectedApp app = findApp(claims.issuer());
        attempt.app(app);
        if (!signatures.verifiesWithAny(jwt, app.activeCertificates())) {
            throw new LoginFailure(OAuth2Errors.INVALID_ASSERTION, AssertionClaims.MALFORMED,
                    "signature does not verify with any active certificate of the app");
        }
        checkAudience(claims);
        Instant now = clock.instant();
        checkTimes(claims, app, now);
        if (currentOrg.status() != OrgStatus.ACTIVE) {
            throw new LoginFailure(OAuth2Errors.INACTIVE_ORG, "Failed: Org locked", "org is " + currentOrg.status());
        }
        User user = findUser(claims.subject());
        attempt.user(user);
        ipRestrictions.check(app, user, attempt.request().sourceIp());
        List<String> scopes = approvals.grantedScopes(app, user);
        return issue(currentOrg, app, user, scopes, claims, now, attempt.request().baseUrl());
    }

    private static SignedJWT parse(String assertion) throws LoginFailure {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(assertion);
        } catch (ParseException e) {
            throw AssertionClaims.malformed("assertion is not a signed JWT (JWS compact serialization)");
        }
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        if (!JWSAlgorithm.RS256.equals(alg)) {
            throw AssertionClaims.malformed("alg " + alg + " is not allowed; only RS256");
        }
        return jwt;
    }

    private ConnectedApp findApp(String issuer) throws LoginFailure {
        if (issuer == null) {
            throw new LoginFailure(OAuth2Errors.INVALID_CLIENT_ID, "Failed: Invalid client identifier",
                    "assertion has no iss claim");
        }
        ConnectedApp app = apps.findByConsumerKey(issuer).orElseThrow(() -> new LoginFailure(
                OAuth2Errors.INVALID_CLIENT_ID, "Failed: Invalid client identifier",
                "iss is not the consumer key of any connected app"));
        if (!app.enabled()) {
            throw new LoginFailure(OAuth2Errors.INVALID_CLIENT_ID, "Failed: App disabled",
                    "connected app '" + app.name() + "' is disabled");
        }
        return app;
    }

    private void checkAudience(AssertionClaims claims) throws LoginFailure {
        if (claims.audiences().isEmpty() || claims.audiences().stream().noneMatch(audiences::accepts)) {
            throw new LoginFailure(OAuth2Errors.AUDIENCE_INVALID, "Failed: Audience is invalid",
                    "aud " + claims.audiences() + " is not one of " + audiences.accepted());
        }
    }

    private void checkTimes(AssertionClaims claims, ConnectedApp app, Instant now) throws LoginFailure {
        if (claims.expiresAt() == null) {
            throw AssertionClaims.malformed("assertion has no exp claim");
        }
        long nowSeconds = now.getEpochSecond();
        long skew = clockSkew.toSeconds();
        if (nowSeconds > claims.expiresAt() + skew) {
            throw new LoginFailure(OAuth2Errors.EXPIRED, "Failed: Assertion expired", "exp is "
                    + (nowSeconds - claims.expiresAt()) + " s in the past (clock skew allowed: " + skew + " s)");
        }
        if (claims.notBefore() != null && nowSeconds < claims.notBefore() - skew) {
            throw AssertionClaims.malformed("nbf is " + (claims.notBefore() - nowSeconds) + " s in the future");
        }
        if (app.strictAssertions()) {
            if (claims.expiresAt() > nowSeconds + strictMaxLifetime.toSeconds() + skew) {
                throw AssertionClaims.malformed("strict mode: exp is more than " + strictMaxLifetime.toMinutes()
                        + " min ahead");
            }
            if (claims.jwtId() == null || claims.jwtId().isBlank()) {
                throw AssertionClaims.malformed("strict mode: assertion has no jti claim");
            }
        }
    }

    private User findUser(String username) throws LoginFailure {
        if (username == null) {
            throw AssertionClaims.malformed("assertion has neither sub nor prn claim");
        }
        User user = users.findByUsername(username).orElseThrow(() -> new LoginFailure(OAuth2Errors.NOT_APPROVED,
                "Failed: Invalid username", "no user with this username"));
        if (!user.active()) {
            throw new LoginFailure(OAuth2Errors.INACTIVE_USER, "User is Inactive", "user is deactivated");
        }
        if (user.frozen()) {
            throw new LoginFailure(OAuth2Errors.INACTIVE_USER, "User Is Frozen", "user is frozen");
        }
        return user;
    }

    private TokenResponse issue(Org currentOrg, ConnectedApp app, User user, List<String> scopes,
            AssertionClaims claims, Instant now, String base) throws LoginFailure {
        Instant expiresAt = now.plus(Duration.ofMinutes(app.sessionTimeoutMinutes()));
        AccessTokenInfo info = new AccessTokenInfo(currentOrg.id(), user.id(), app.id(), scopes, now, expiresAt, false);
        String token = issuer.issue(new TokenContext(currentOrg, app, user, info, base));
        try {
            tokens.issue(AccessTokens.hash(token), info, claims.jwtId(), jtiExpiry(claims));
        } catch (TokenRepository.JtiReplayedException e) {
            throw new LoginFailure(OAuth2Errors.INVALID_ASSERTION, "Failed: Invalid Nonce",
                    "jti was already used (replayed assertion)");
        }
        return new TokenResponse(token, String.join(" ", scopes), base, base + "/id/" + currentOrg.id() + "/" + user.id(),
                "Bearer", now.toEpochMilli(), null);
    }

    // A used jti is remembered until its assertion can no longer be accepted. An exp far in the
    // future (clients that send milliseconds) is capped at the largest date both databases store.
    private Instant jtiExpiry(AssertionClaims claims) {
        return Instant.ofEpochSecond(Math.min(claims.expiresAt(), LAST_STORABLE_SECOND) + clockSkew.toSeconds());
    }
}
