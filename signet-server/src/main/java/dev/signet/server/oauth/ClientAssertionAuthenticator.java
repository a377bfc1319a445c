package dev.signet.server.oauth;

import dev.signet.core.oauth.OAuth2Error;
import dev.signet.core.oauth.OAuth2Exception;
import dev.signet.server.assertion.AppIssuers;
import dev.signet.server.assertion.AssertionOutcome;
import dev.signet.server.assertion.AssertionRules;
import dev.signet.server.assertion.AssertionVerifier;
import dev.signet.server.assertion.AudiencePolicy;
import dev.signet.server.assertion.Verdict;
import dev.signet.server.login.LoginFailure;
import dev.signet.server.login.LoginStatus;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.storage.AppRepository;
import dev.signet.server.storage.TokenRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client authentication with a JWT signed by the app's key ({@code private_key_jwt}): the same
 * certificate that verifies the app's JWT bearer assertions. Signet apps have no client secret.
 * Checks: {@code client_assertion_type}, no {@code client_secret}, the assertion with the
 * client-authentication rules ({@link AssertionRules#clientAuthentication}: {@code iss} =
 * {@code sub} = an enabled app's consumer key, {@code aud} the endpoint URL or an accepted token
 * audience, {@code exp} at most the strict lifetime ahead), {@code client_id} = {@code iss} when
 * sent, and a {@code jti}, when present, not used before. Every failure answers 401
 * {@code invalid_client} with no description; the reason is logged at debug.
 *
 * <p>Related specifications: RFC 7523 §2.2 and §3, RFC 7521 §4.2, RFC 6749 §5.2.
 */
public final class ClientAssertionAuthenticator {
    public static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    public static final OAuth2Error INVALID_CLIENT = new OAuth2Error("invalid_client", null, 401);
    private static final Logger LOG = LoggerFactory.getLogger(ClientAssertionAuthenticator.class);

    private final AppIssuers issuers;
    private final TokenRepository tokens;
    private final AudiencePolicy audiences;
    private final Duration clockSkew;
    private final Duration maxLifetime;
    private final Clock clock;

    public ClientAssertionAuthenticator(AppRepository apps, TokenRepository tokens, AudiencePolicy audiences,
            Duration clockSkew, Duration maxLifetime, Clock clock) {
        this.issuers = new AppIssuers(apps);
        this.tokens = tokens;
        this.audiences = audiences;
        this.clockSkew = clockSkew;
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    /**
     * The app the request authenticates as.
     *
     * @param endpointUrl the URL of the endpoint called, an accepted {@code aud}
     * @throws OAuth2Exception {@code invalid_client} (401)
     */
    public ConnectedApp authenticate(Map<String, List<String>> params, String endpointUrl) throws OAuth2Exception {
        try {
            return check(params, endpointUrl);
        } catch (LoginFailure failure) {
            LOG.debug("client authentication failed: {}", failure.reason());
            throw new OAuth2Exception(INVALID_CLIENT);
        }
    }

    private ConnectedApp check(Map<String, List<String>> params, String endpointUrl) throws LoginFailure {
        // client_assertion_type (REQUIRED, RFC 7523 §2.2)
        if (!ASSERTION_TYPE.equals(single(params, "client_assertion_type"))) {
            throw fail("client_assertion_type is missing, repeated or not " + ASSERTION_TYPE);
        }
        // client_secret: another authentication method; a client must use only one (RFC 6749 §2.3)
        if (params.containsKey("client_secret")) {
            throw fail("client_secret sent: Signet apps have no secret; authenticate with client_assertion only");
        }
        // client_assertion (REQUIRED, RFC 7523 §2.2)
        String assertion = single(params, "client_assertion");
        if (assertion == null) {
            throw fail("client_assertion is missing or repeated");
        }
        AssertionRules rules = AssertionRules.clientAuthentication(audiences, endpointUrl, clockSkew, maxLifetime);
        Verdict<ConnectedApp> verdict = new AssertionVerifier(rules, clock).verify(assertion, issuers);
        if (!verdict.accepted()) {
            throw fail(verdict.outcome() + ": " + verdict.reason());
        }
        // client_id (OPTIONAL, RFC 7521 §4.2): when sent, the same client
        if (params.containsKey("client_id") && !verdict.claims().issuer().equals(single(params, "client_id"))) {
            throw fail("client_id does not match the assertion's iss");
        }
        markJtiUsed(verdict);
        return verdict.issuer();
    }

    // Last, so that only an otherwise valid assertion can use up its jti.
    private void markJtiUsed(Verdict<ConnectedApp> verdict) throws LoginFailure {
        String jti = verdict.claims().jwtId();
        if (jti != null && !tokens.markJtiUsed(verdict.issuer().id(), jti,
                verdict.claims().replayWindowEnd(clockSkew))) {
            throw fail(AssertionOutcome.JTI_REPLAYED + ": jti was already used (replayed client assertion)");
        }
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.size() == 1 && !values.get(0).isBlank() ? values.get(0) : null;
    }

    private static LoginFailure fail(String reason) {
        return new LoginFailure(INVALID_CLIENT, LoginStatus.CLIENT_AUTHENTICATION_FAILED, reason);
    }
}
