package dev.signet.server.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signet.server.ServerFixture;
import dev.signet.server.model.AppSettings;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.IpRelaxation;
import dev.signet.server.oauth.Pkce;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server the catalogue attacks and what the cases need of it: an app with a callback URL, a
 * strict-assertion app, a user with a live access token, a record, and logged-in console and
 * authorization-page sessions; plus builders of claims, assertions and authorization requests.
 */
final class Target {
    static final String TOKEN = "/services/oauth2/token";
    static final String INTROSPECT = "/services/oauth2/introspect";
    static final String AUTHORIZE = "/services/oauth2/authorize";
    static final String API = "/services/data/v62.0";
    static final String CALLBACK = "http://127.0.0.1:9/callback";
    static final String VERIFIER = "hostile-catalogue-verifier-0123456789-abcdefghijklmnop";
    static final String UNKNOWN_USER = "nobody@hostile.test";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");

    private final ServerFixture fixture;
    final ConnectedApp app;
    final ConnectedApp strictApp;
    final String user;
    final String token;
    final String userId;
    final String orgId;
    final String accountId;
    /** An assertion with a jti that has been used once, successfully. */
    final String replayed;
    private String consoleCookie;
    private String consoleCsrf;
    private String authorizeCookie;
    private String authorizeCsrf;

    private Target(ServerFixture fixture) {
        this.fixture = fixture;
        this.app = fixture.createApp(a -> a.toBuilder().settings(new AppSettings(null, null, null, List.of(CALLBACK),
                IpRelaxation.ENFORCE)).build());
        this.strictApp = fixture.createApp(a -> a.toBuilder().strictAssertions(true).build());
        this.user = fixture.createUser();
        var login = fixture.login(app, user);
        this.token = login.get("access_token").asText();
        String[] id = login.get("id").asText().split("/");
        this.orgId = id[id.length - 2];
        this.userId = id[id.length - 1];
        Answer created = Req.post(API + "/sobjects/Account").bearer(token).json("{\"Name\":\"Hostile\"}").send(this);
        this.accountId = read(created.body()).get("id").asText();
        this.replayed = Jws.signed(claims("jti", q(java.util.UUID.randomUUID().toString())));
        Answer first = bearer(replayed).send(this);
        if (first.status() != 200) {
            throw new IllegalStateException("the first use of an assertion failed: " + first.summary());
        }
    }

    /** Sets up the target on a running server: apps, user, token, a record, browser sessions. */
    static Target on(ServerFixture fixture) {
        Target t = new Target(fixture);
        t.startConsole();
        t.startAuthorize();
        return t;
    }

    ServerFixture fixture() {
        return fixture;
    }

    String baseUrl() {
        return fixture.baseUrl();
    }

    String key() {
        return app.consumerKey();
    }

    String cookie(Req.Session session) {
        return session == Req.Session.CONSOLE ? consoleCookie : authorizeCookie;
    }

    String csrf(Req.Session session) {
        return session == Req.Session.CONSOLE ? consoleCsrf : authorizeCsrf;
    }

    static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    /** A JSON string literal. */
    static String q(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Valid grant claims of the app and user (iss, sub, aud, exp), then {@code overrides}: name,
     * raw JSON value pairs; a null value removes the claim.
     */
    String claims(String... overrides) {
        return claimsOf(key(), user, baseUrl(), overrides);
    }

    /** Claims of a client assertion: iss = sub = the app, aud = the introspection endpoint. */
    String clientClaims(String... overrides) {
        return claimsOf(key(), key(), baseUrl() + INTROSPECT, overrides);
    }

    static String claimsOf(String iss, String sub, String aud, String... overrides) {
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put("iss", q(iss));
        claims.put("sub", q(sub));
        claims.put("aud", q(aud));
        claims.put("exp", String.valueOf(Instant.now().plusSeconds(180).getEpochSecond()));
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                claims.remove(overrides[i]);
            } else {
                claims.put(overrides[i], overrides[i + 1]);
            }
        }
        StringBuilder json = new StringBuilder("{");
        claims.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append(q(name)).append(':')
                .append(value));
        return json.append('}').toString();
    }

    /** A JWT bearer token request with this assertion. */
    static Req bearer(String assertion) {
        return Req.form(TOKEN, ServerFixture.JWT_BEARER_GRANT + "&assertion=" + Req.enc(assertion));
    }

    /** An introspection request authenticated with this client assertion. */
    static Req introspect(String clientAssertion, String extra) {
        return Req.form(INTROSPECT, "client_assertion_type=" + Req.enc("urn:ietf:params:oauth:client-assertion-type:"
                + "jwt-bearer") + "&client_assertion=" + Req.enc(clientAssertion) + extra);
    }

    /** A valid authorization request's query, then {@code extra} (already encoded). */
    String authorizeQuery(String extra) {
        return "response_type=code&client_id=" + Req.enc(key()) + "&redirect_uri=" + Req.enc(CALLBACK)
                + "&scope=api&state=s1&code_challenge=" + Pkce.challenge(VERIFIER) + "&code_challenge_method=S256"
                + extra;
    }

    private void startConsole() {
        Answer setup = Req.get("/console/setup").send(this);
        consoleCookie = sessionCookie(setup);
        consoleCsrf = csrfOf(setup);
        Answer created = Req.fields("/console/setup", "adminSecret", ServerFixture.ADMIN_SECRET, "username", "root",
                "password", "hostile catalogue admin", "confirm", "hostile catalogue admin").console().send(this);
        consoleCookie = sessionCookie(created);
        consoleCsrf = csrfOf(Req.get("/console/apps").console().send(this));
    }

    private void startAuthorize() {
        Answer login = Req.get(AUTHORIZE + "?" + authorizeQuery("")).send(this);
        authorizeCookie = sessionCookie(login);
        authorizeCsrf = csrfOf(login);
    }

    private static String sessionCookie(Answer answer) {
        String setCookie = answer.header("Set-Cookie");
        if (setCookie == null) {
            throw new IllegalStateException("no session cookie: " + answer.summary());
        }
        return setCookie.split(";", 2)[0];
    }

    private static String csrfOf(Answer page) {
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token: " + page.summary());
        }
        return m.group(1);
    }
}
