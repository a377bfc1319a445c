package dev.signet.client;

import dev.signet.core.jose.JwtAssertion;
import dev.signet.core.keys.KeyLoader;
import dev.signet.core.oauth.GrantTypes;
import dev.signet.core.oauth.OAuth2Error;
import dev.signet.core.oauth.TokenResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.interfaces.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * OAuth 2.0 JWT bearer client, Salesforce style: mints an RS256 assertion ({@code iss} = consumer
 * key, {@code sub} = username, {@code aud} = login URL) and exchanges it at
 * {@code <login URL>/services/oauth2/token} for an access token. Immutable and thread-safe; build
 * with {@link #builder()}.
 *
 * <pre>{@code
 * JwtBearerClient client = JwtBearerClient.builder()
 *         .loginUrl(LoginUrls.PRODUCTION)
 *         .clientId(consumerKey)
 *         .username("integration@acme.com")
 *         .privateKey(Path.of("server.key"), null)
 *         .build();
 * TokenResponse token = client.requestToken();
 * }</pre>
 *
 * <p>Each {@link #requestToken()} mints a new assertion and makes one request; there is no refresh
 * token in this flow. Services call {@link #cachingTokenSource()} once and share it: it reuses the
 * token, refreshes it once for all threads, and retries transient failures; {@link SalesforceApi}
 * calls the REST API with it.
 *
 * <p>Related specifications: RFC 7523 §2.1 (grant) and §3 (claims); RFC 7515 (JWS, RS256);
 * RFC 6749 §5.1/§5.2 (responses); Salesforce "OAuth 2.0 JWT Bearer Flow".
 */
public final class JwtBearerClient {
    /** Path of the token endpoint below the login URL. */
    public static final String TOKEN_PATH = "/services/oauth2/token";
    /** Default assertion lifetime: Salesforce asks for {@code exp} within 3 minutes. */
    public static final Duration DEFAULT_ASSERTION_LIFETIME = Duration.ofMinutes(3);

    private final String loginUrl;
    private final URI explicitTokenEndpoint;
    private final URI tokenEndpoint;
    private final String explicitAudience;
    private final String audience;
    private final String clientId;
    private final String username;
    private final PrivateKey privateKey;
    private final Duration assertionLifetime;
    private final Supplier<String> jwtIdGenerator;
    private final String scope;
    private final Clock clock;
    private final TokenTransport transport;
    private final boolean allowInsecureHttp;

    private JwtBearerClient(Builder b, String loginUrl, URI tokenEndpoint) {
        this.loginUrl = loginUrl;
        this.explicitTokenEndpoint = b.tokenEndpoint;
        this.tokenEndpoint = tokenEndpoint;
        this.explicitAudience = b.audience;
        this.audience = b.audience != null ? b.audience : loginUrl;
        this.clientId = b.clientId;
        this.username = b.username;
        this.privateKey = b.privateKey;
        this.assertionLifetime = b.assertionLifetime;
        this.jwtIdGenerator = b.jwtIdGenerator;
        this.scope = b.scope;
        this.clock = b.clock;
        this.transport = b.transport != null ? b.transport : JdkHttpTransport.shared();
        this.allowInsecureHttp = b.allowInsecureHttp;
    }

    /** A new builder; {@code loginUrl}, {@code clientId}, {@code username} and {@code privateKey} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this client's settings, to make a variation. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.loginUrl = loginUrl;
        b.tokenEndpoint = explicitTokenEndpoint;
        b.audience = explicitAudience;
        b.clientId = clientId;
        b.username = username;
        b.privateKey = privateKey;
        b.assertionLifetime = assertionLifetime;
        b.jwtIdGenerator = jwtIdGenerator;
        b.scope = scope;
        b.clock = clock;
        b.transport = transport;
        b.allowInsecureHttp = allowInsecureHttp;
        return b;
    }

    /**
     * A new signed assertion: header {@code {"alg":"RS256","typ":"JWT"}}, claims {@code iss},
     * {@code sub}, {@code aud}, {@code exp} and {@code iat} (whole seconds) and, unless turned off,
     * a random {@code jti}.
     *
     * <p>Related specifications: RFC 7523 §3, RFC 7519 §4.1, RFC 7515.
     */
    public String createAssertion() {
        return assertionAt(clock.instant()).sign(privateKey);
    }

    /**
     * Mints an assertion and exchanges it for an access token (one POST of {@code grant_type} and
     * {@code assertion}).
     *
     * <p>Related specifications: RFC 7523 §2.1; RFC 6749 §5.1 and §5.2.
     *
     * @throws JwtBearerException when the server refuses, answers something that is not a token
     *     response, or cannot be reached; its {@link JwtBearerException#hint() hint} names the
     *     likely mistake
     */
    public TokenResponse requestToken() {
        JwtAssertion assertion = assertionAt(clock.instant());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", GrantTypes.JWT_BEARER); // grant_type (REQUIRED, RFC 7523 §2.1)
        form.put("assertion", assertion.sign(privateKey)); // assertion (REQUIRED, RFC 7523 §2.1)
        if (scope != null) {
            form.put("scope", scope); // scope (OPTIONAL, RFC 7521 §4.1; Salesforce ignores it)
        }
        HttpResult result;
        try {
            result = transport.post(tokenEndpoint, form);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            OAuth2Error error = new OAuth2Error(
                    JwtBearerException.TRANSPORT_ERROR, "cannot reach " + tokenEndpoint + ": " + reason, 0);
            throw new JwtBearerException(error, ErrorHints.hint(error, context(assertion, null)), e);
        }
        return TokenResponseReader.read(result, tokenEndpoint, error -> failure(error, result, assertion));
    }

    /**
     * A {@link CachingTokenSource} over {@link #requestToken()} with the default settings and this
     * client's clock: share one per client (per username) in the application.
     */
    public CachingTokenSource cachingTokenSource() {
        return CachingTokenSource.builder(this::requestToken).clock(clock).build();
    }

    private JwtAssertion assertionAt(Instant now) {
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        return JwtAssertion.builder()
                .issuer(clientId)
                .subject(username)
                .audience(audience)
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(assertionLifetime))
                .jwtId(jwtIdGenerator == null ? null : jwtIdGenerator.get())
                .build();
    }

    private JwtBearerException failure(OAuth2Error error, HttpResult result, JwtAssertion assertion) {
        Duration offset = result.date().map(date -> Duration.between(clock.instant(), date)).orElse(null);
        return new JwtBearerException(error, ErrorHints.hint(error, context(assertion, offset)), null);
    }

    private ErrorHints.Context context(JwtAssertion assertion, Duration serverClockOffset) {
        return new ErrorHints.Context(loginUrl, tokenEndpoint, audience, clientId, username, assertion.expiresAt(),
                serverClockOffset);
    }

    /** The login URL, without trailing slash. */
    public String loginUrl() {
        return loginUrl;
    }

    /** Where assertions are posted: the override, or {@code loginUrl() + "/services/oauth2/token"}. */
    public URI tokenEndpoint() {
        return tokenEndpoint;
    }

    /** The {@code aud} of the assertions: the override, or {@link #loginUrl()}. */
    public String audience() {
        return audience;
    }

    /** The {@code iss}: the connected app's consumer key. */
    public String clientId() {
        return clientId;
    }

    /** The {@code sub}: the username. */
    public String username() {
        return username;
    }

    /** How long each assertion is valid ({@code exp - iat}). */
    public Duration assertionLifetime() {
        return assertionLifetime;
    }

    /** The clock for {@code iat}/{@code exp}. */
    public Clock clock() {
        return clock;
    }

    /** Describes the client; never shows the private key. */
    @Override
    public String toString() {
        return "JwtBearerClient[tokenEndpoint=" + tokenEndpoint + ", audience=" + audience + ", clientId=" + clientId
                + ", username=" + username + ", assertionLifetime=" + assertionLifetime + ", privateKey=<"
                + privateKey.getAlgorithm() + ", redacted>]";
    }

    /**
     * Builder for {@link JwtBearerClient}. Setters reject {@code null}; {@link #build()} checks that
     * the required values are there and consistent.
     */
    public static final class Builder {
        private String loginUrl;
        private URI tokenEndpoint;
        private String audience;
        private String clientId;
        private String username;
        private PrivateKey privateKey;
        private Duration assertionLifetime = DEFAULT_ASSERTION_LIFETIME;
        private Supplier<String> jwtIdGenerator = () -> UUID.randomUUID().toString();
        private String scope;
        private Clock clock = Clock.systemUTC();
        private TokenTransport transport;
        private boolean allowInsecureHttp;

        private Builder() {}

        /**
         * Required. The authorization server's login URL, e.g. {@link LoginUrls#PRODUCTION},
         * {@link LoginUrls#SANDBOX}, {@link LoginUrls#myDomain(String)} or a Signet server's base
         * URL. A trailing slash is dropped. It is the default {@code aud} and the base of the token
         * endpoint.
         */
        public Builder loginUrl(String value) {
            this.loginUrl = Objects.requireNonNull(value, "loginUrl must not be null");
            return this;
        }

        /** Optional. Posts to this URL instead of {@code loginUrl + "/services/oauth2/token"}. */
        public Builder tokenEndpoint(URI value) {
            this.tokenEndpoint = Objects.requireNonNull(value, "tokenEndpoint must not be null");
            return this;
        }

        /** Required. The connected app's consumer key, sent as {@code iss}. */
        public Builder clientId(String value) {
            this.clientId = nonBlank(value, "clientId");
            return this;
        }

        /** Required. The username to get a token for, sent as {@code sub}. */
        public Builder username(String value) {
            this.username = nonBlank(value, "username");
            return this;
        }

        /** Required (or {@link #privateKey(Path, char[])}). The RSA key matching the app's certificate. */
        public Builder privateKey(PrivateKey value) {
            this.privateKey = Objects.requireNonNull(value, "privateKey must not be null");
            return this;
        }

        /**
         * Loads the private key now, with {@link KeyLoader#loadPrivateKey(Path, char[])}: PEM
         * (PKCS#8 or PKCS#1, optionally encrypted), DER, PKCS#12 or JKS.
         *
         * @param file the key file
         * @param password the key's or keystore's password, or {@code null} when there is none
         * @throws dev.signet.core.keys.KeyLoadException when the file cannot be read as a private key
         */
        public Builder privateKey(Path file, char[] password) {
            return privateKey(KeyLoader.loadPrivateKey(Objects.requireNonNull(file, "file must not be null"), password));
        }

        /**
         * Required unless a private key is set otherwise. Loads the key now from {@code source},
         * e.g. {@link SigningKeys#file}, {@link SigningKeys#keyStore}, {@link SigningKeys#classpath}
         * or {@link SigningKeys#environment}.
         *
         * @throws dev.signet.core.keys.KeyLoadException when the key cannot be loaded
         */
        public Builder signingKey(KeySource source) {
            return privateKey(Objects.requireNonNull(source, "source must not be null").load());
        }

        /**
         * Optional. Sends a {@code scope} parameter with the token request. Salesforce ignores it
         * (the scopes come from the connected app); generic RFC 7523 servers may require one.
         */
        public Builder scope(String value) {
            this.scope = nonBlank(value, "scope");
            return this;
        }

        /** Optional. The {@code aud} claim; default the login URL without trailing slash. */
        public Builder audience(String value) {
            this.audience = nonBlank(value, "audience");
            return this;
        }

        /** Optional. {@code exp - iat}; default 3 minutes. */
        public Builder assertionLifetime(Duration value) {
            this.assertionLifetime = Objects.requireNonNull(value, "assertionLifetime must not be null");
            return this;
        }

        /** Optional. Whether to send a {@code jti} (default {@code true}: a random UUID). */
        public Builder includeJwtId(boolean value) {
            if (!value) {
                this.jwtIdGenerator = null;
            } else if (jwtIdGenerator == null) {
                this.jwtIdGenerator = () -> UUID.randomUUID().toString();
            }
            return this;
        }

        /** Optional. Makes the {@code jti} of each assertion; it must be unique per assertion. */
        public Builder jwtIdGenerator(Supplier<String> value) {
            this.jwtIdGenerator = Objects.requireNonNull(value, "jwtIdGenerator must not be null");
            return this;
        }

        /** Optional. The clock for {@code iat}/{@code exp}; default {@link Clock#systemUTC()}. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock must not be null");
            return this;
        }

        /** Optional. How the request is sent; default {@link JdkHttpTransport#shared()}. */
        public Builder transport(TokenTransport value) {
            this.transport = Objects.requireNonNull(value, "transport must not be null");
            return this;
        }

        /**
         * Allows a plain {@code http://} token endpoint on a host other than the loopback
         * interface; the assertion and the access token then cross the network unencrypted.
         * Plain HTTP to {@code localhost}/{@code 127.0.0.1}/{@code [::1]} is always allowed.
         */
        public Builder allowInsecureHttp() {
            this.allowInsecureHttp = true;
            return this;
        }

        /**
         * Builds the client.
         *
         * @throws IllegalStateException when a required value is missing; the message names the
         *     builder method to call
         * @throws IllegalArgumentException when a value is malformed or unsafe
         */
        public JwtBearerClient build() {
            requirePresent();
            String base = UrlChecks.normalizeLoginUrl(loginUrl);
            URI endpoint = tokenEndpoint != null ? tokenEndpoint : URI.create(base + TOKEN_PATH);
            UrlChecks.checkHttpUrl(endpoint, "tokenEndpoint");
            if (!allowInsecureHttp) {
                UrlChecks.requireHttpsUnlessLoopback(endpoint);
            }
            checkKey(privateKey);
            if (assertionLifetime.isNegative() || assertionLifetime.isZero()) {
                throw new IllegalArgumentException("assertionLifetime must be positive, got " + assertionLifetime);
            }
            return new JwtBearerClient(this, base, endpoint);
        }

        private void requirePresent() {
            List<String> missing = new ArrayList<>();
            if (loginUrl == null) {
                missing.add("loginUrl(String) (e.g. LoginUrls.PRODUCTION, LoginUrls.SANDBOX or"
                        + " LoginUrls.myDomain(\"acme\"))");
            }
            if (clientId == null) {
                missing.add("clientId(String) (the connected app's consumer key)");
            }
            if (username == null) {
                missing.add("username(String) (the user to log in as)");
            }
            if (privateKey == null) {
                missing.add("signingKey(KeySource), privateKey(PrivateKey) or privateKey(Path, char[]) (the key of"
                        + " the app's certificate)");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("JwtBearerClient is missing required settings; call "
                        + String.join(", ", missing));
            }
        }

        private static void checkKey(PrivateKey key) {
            if (!"RSA".equalsIgnoreCase(key.getAlgorithm())) {
                throw new IllegalArgumentException("privateKey must be an RSA key for RS256, got " + key.getAlgorithm());
            }
            if (key instanceof RSAKey rsa && rsa.getModulus().bitLength() < 2048) {
                throw new IllegalArgumentException("privateKey has " + rsa.getModulus().bitLength()
                        + " bits; RS256 needs an RSA key of at least 2048 bits");
            }
        }

        private static String nonBlank(String value, String name) {
            Objects.requireNonNull(value, name + " must not be null");
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
