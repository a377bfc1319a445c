package dev.signet.server.oauth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import dev.signet.core.oauth.OAuth2Error;
import dev.signet.core.oauth.OAuth2Exception;
import dev.signet.server.login.LoginFailure;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.storage.AppRepository;
import dev.signet.server.storage.TokenRepository;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client authentication with a JWT signed by the app's key ({@code private_key_jwt}): the same
 * certificate that verifies the app's JWT bearer assertions. Signet apps have no client secret.
 * Checks: {@code client_assertion_type}, RS256, {@code iss} = {@code sub} = an enabled app's
 * consumer key (and = {@code client_id} when sent), signature, {@code aud} = the endpoint URL or
 * an accepted token audience, {@code exp} present and at most the strict lifetime (5 min) ahead,
 * {@code nbf}, and a {@code jti}, when present, not used before. Every failure answers 401
 * {@code invalid_client} with no description; the reason is logged at debug.
 *
 * <p>Related specifications: RFC 7523 §2.2 and §3, RFC 7521 §4.2, RFC 6749 §5.2.
 */
public final class ClientAssertionAuthenticator {
    public static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    public static final OAuth2Error INVALID_CLIENT = new OAuth2Error("invalid_client", null, 401);
    private static final Logger LOG = LoggerFactory.getLogger(ClientAssertionAuthenticator.class);
    private static final int MAX_JTI_LENGTH = 255; // used_jti.jti

    private final AppRepository apps;
    private final TokenRepository tokens;
    private final AudiencePolicy audiences;
    private final SignatureVerifier signatures = new SignatureVerifier();
    private final Duration clockSkew;
    private final Duration maxLifetime;
    private final Clock clock;

    public ClientAssertionAuthenticator(AppRepository apps, TokenRepository tokens, AudiencePolicy audiences,
            Duration clockSkew, Duration maxLifetime, Clock clock) {
        this.apps = apps;
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
        SignedJWT jwt = parse(single(params, "client_assertion"));
        AssertionClaims claims = AssertionClaims.from(jwt.getPayload().toJSONObject());
        ConnectedApp app = app(claims.issuer());
        // client_id (OPTIONAL, RFC 7521 §4.2): when sent, the same client
        if (params.containsKey("client_id") && !claims.issuer().equals(single(params, "client_id"))) {
            throw fail("client_id does not match the assertion's iss");
        }
        if (!signatures.verifiesWithAny(jwt, app.activeCertificates())) {
            throw fail("client assertion signature does not verify with any active certificate of the app");
        }
        checkClaims(claims, endpointUrl, app);
        return app;
    }

    private void checkClaims(AssertionClaims claims, String endpointUrl, ConnectedApp app) throws LoginFailure {
        if (!claims.issuer().equals(claims.subject())) {
            throw fail("sub must be the client's consumer key (RFC 7523 §3)");
        }
        if (claims.audiences().stream().noneMatch(a -> sameUrl(a, endpointUrl) || audiences.accepts(a))) {
            throw fail("aud " + claims.audiences() + " is neither " + endpointUrl + " nor one of "
                    + audiences.accepted());
        }
        long now = clock.instant().getEpochSecond();
        long skew = clockSkew.toSeconds();
        if (claims.expiresAt() == null || now > claims.expiresAt() + skew
                || claims.expiresAt() > now + maxLifetime.toSeconds() + skew) {
            throw fail("exp is missing, past, or more than " + maxLifetime.toMinutes() + " min ahead");
        }
        if (claims.notBefore() != null && now < claims.notBefore() - skew) {
            throw fail("nbf is in the future");
        }
        if (claims.jwtId() != null && claims.jwtId().length() > MAX_JTI_LENGTH) {
            throw fail("jti is longer than " + MAX_JTI_LENGTH + " characters");
        }
        if (claims.jwtId() != null && !tokens.markJtiUsed(app.id(), claims.jwtId(),
                Instant.ofEpochSecond(claims.expiresAt() + skew))) {
            throw fail("jti was already used (replayed client assertion)");
        }
    }

    private ConnectedApp app(String issuer) throws LoginFailure {
        if (issuer == null) {
            throw fail("client assertion has no iss");
        }
        ConnectedApp app = apps.findByConsumerKey(issuer).orElseThrow(() -> fail("iss is not a consumer key"));
        if (!app.enabled()) {
            throw fail("connected app '" + app.name() + "' is disabled");
        }
        return app;
    }

    private static SignedJWT parse(String assertion) throws LoginFailure {
        if (assertion == null) {
            throw fail("client_assertion is missing or repeated");
        }
        try {
            SignedJWT jwt = SignedJWT.parse(assertion);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                throw fail("client assertion alg " + jwt.getHeader().getAlgorithm() + " is not RS256");
            }
            return jwt;
        } catch (ParseException e) {
            throw fail("client_assertion is not a signed JWT");
        }
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.size() == 1 && !values.get(0).isBlank() ? values.get(0) : null;
    }

    private static boolean sameUrl(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static LoginFailure fail(String reason) {
        return new LoginFailure(INVALID_CLIENT, "client authentication failed", reason);
    }
}
