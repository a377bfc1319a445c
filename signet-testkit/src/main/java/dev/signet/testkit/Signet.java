package dev.signet.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.core.jose.JwtAssertion;
import dev.signet.core.keys.CertificateLoader;
import dev.signet.server.SignetServer;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.LoginEvent;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A Signet server embedded in the test's JVM: an in-memory database, a free port on 127.0.0.1,
 * and the org its {@link Builder} declared. {@link #reset()} brings the org back to that
 * declaration in milliseconds; {@link #close()} stops the server and removes its files. Tokens and
 * revocations go over HTTP, as any client's would; the org is administered in-process.
 *
 * <pre>{@code
 * try (Signet signet = Signet.builder().app("orders").user("ada@acme.test").start()) {
 *     String token = signet.token("ada@acme.test");
 * }
 * }</pre>
 */
public final class Signet implements AutoCloseable {
    private static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedServer embedded;
    private final OAuthCalls oauth;
    private final Map<String, TestApp> apps = new LinkedHashMap<>();
    private Map<String, TestApp> declaredApps = Map.of();
    private OrgSnapshot declared;

    private Signet(EmbeddedServer embedded) {
        this.embedded = embedded;
        this.oauth = new OAuthCalls(embedded.server().baseUrl());
    }

    public static Builder builder() {
        return new Builder();
    }

    static Signet start(OrgDeclaration<?> declaration) {
        Signet signet = new Signet(EmbeddedServer.start(declaration.config()));
        try {
            declaration.steps().forEach(step -> step.accept(signet));
            signet.declared = OrgSnapshot.take(signet.server().jdbc());
            signet.declaredApps = new LinkedHashMap<>(signet.apps);
            return signet;
        } catch (RuntimeException | Error e) {
            signet.close();
            throw e;
        }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:41234}: the login URL and the assertion's {@code aud}. */
    public String url() {
        return server().baseUrl();
    }

    /** The token endpoint ({@code /services/oauth2/token}). */
    public String tokenUrl() {
        return url() + "/services/oauth2/token";
    }

    /** The secret of the admin API ({@code Authorization: Bearer …} on {@code /admin/api}). */
    public String adminSecret() {
        return embedded.adminSecret();
    }

    /** The server's clock, which a test moves to reach expiry without sleeping. */
    public SignetClock clock() {
        return embedded.clock();
    }

    /** The server itself, for what the kit has no helper for ({@code server().admin()}, {@code administration()}). */
    public SignetServer server() {
        return embedded.server();
    }

    /** A declared (or created) app by name. */
    public TestApp app(String name) {
        TestApp app = apps.get(name);
        if (app == null) {
            throw new IllegalArgumentException("no app named '" + name + "'; the org has " + apps.keySet());
        }
        return app;
    }

    /** The org's first app: the one a single-app test means. */
    public TestApp app() {
        return apps.values().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the org has no app: declare one with app(name)"));
    }

    /** Creates an app now; {@link #reset()} removes it again. */
    public TestApp createApp(String name, UnaryOperator<AppSpec> spec) {
        AppSpec settings = spec.apply(new AppSpec());
        AppKeys keys = settings.keys(name, clock());
        byte[] pem = CertificateLoader.toPem(keys.certificate()).getBytes(StandardCharsets.US_ASCII);
        ConnectedApp app = server().admin().createApp(settings.newApp(name, pem));
        TestApp created = new TestApp(name, app.consumerKey(), keys, embedded.files());
        apps.put(name, created);
        return created;
    }

    /** Creates a user now; {@link #reset()} removes it again. */
    public String createUser(String username, UnaryOperator<UserSpec> spec) {
        UserSpec settings = spec.apply(new UserSpec());
        server().admin().createUser(settings.newUser(username));
        if (settings.password() != null) {
            server().administration().users().setPassword(username, settings.password());
        }
        if (settings.isFrozen()) {
            freeze(username);
        }
        return username;
    }

    /** Records the user's approval of the app, all the app's scopes. */
    public void approve(String appName, String username) {
        server().admin().approve(app(appName).consumerKey(), username, List.of());
    }

    /** A signed JWT bearer assertion of the org's first app for the user, on the server's clock. */
    public String mintAssertion(String username) {
        return mintAssertion(app(), username);
    }

    public String mintAssertion(TestApp app, String username) {
        return assertion(app, username).build().sign(app.privateKey());
    }

    /** The claims {@link #mintAssertion} signs, to change one before signing (an expired exp, a wrong aud…). */
    public JwtAssertion.Builder assertion(TestApp app, String username) {
        Instant now = clock().instant();
        return JwtAssertion.builder().issuer(app.consumerKey()).subject(username).audience(url())
                .issuedAt(now).expiresAt(now.plus(ASSERTION_LIFETIME)).jwtId(UUID.randomUUID().toString());
    }

    /** An access token of the org's first app for the user (a real JWT bearer login; fails if refused). */
    public String token(String username) {
        return token(app(), username);
    }

    public String token(TestApp app, String username) {
        return oauth.token(mintAssertion(app, username)).path("access_token").asText();
    }

    /** Sends a token request with this assertion; the response as it came, for tests of refusals. */
    public HttpResponse<String> tokenRequest(String signedAssertion) {
        return oauth.tokenRequest(signedAssertion);
    }

    /** Revokes an access or refresh token, as {@code POST /services/oauth2/revoke} does. */
    public void revoke(String token) {
        oauth.revoke(token);
    }

    /** Freezes the user (Salesforce's "Freeze"): the user's tokens end, new logins are refused. */
    public void freeze(String username) {
        server().administration().users().setFrozen(username, true);
    }

    public void unfreeze(String username) {
        server().administration().users().setFrozen(username, false);
    }

    /** Inserts a record as the REST API would (same checks and defaults); returns its 18-character ID. */
    public String insert(String type, Map<String, ?> fields) {
        return server().records().create(type, JSON.valueToTree(fields), null);
    }

    /** A live record's fields by name (Java values: String, BigDecimal, Boolean, LocalDate, Instant…). */
    public Map<String, Object> read(String type, String id) {
        return server().records().read(type, id).values();
    }

    /** Login History, newest first: each attempt's status (as Salesforce shows it) and precise reason. */
    public List<LoginEvent> loginHistory() {
        return server().admin().loginHistory(10_000);
    }

    /**
     * Back to the declared org: what tests created, changed or logged is gone, the clock is back to
     * the real time, and consumer keys, user IDs and key files are what they were.
     */
    public void reset() {
        loginHistory(); // its writer thread stores what it holds before the tables are emptied
        declared.restore(server().jdbc());
        apps.clear();
        apps.putAll(declaredApps);
        clock().reset();
    }

    @Override
    public void close() {
        embedded.close();
    }

    /** The org and settings a {@link Signet} starts with; {@link #start()} starts it. */
    public static final class Builder extends OrgDeclaration<Builder> {
        private Builder() {}

        public Signet start() {
            return Signet.start(this);
        }
    }
}
