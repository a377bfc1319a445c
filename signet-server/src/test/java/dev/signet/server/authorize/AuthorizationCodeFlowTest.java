package dev.signet.server.authorize;

import static dev.signet.server.console.BrowserlessClient.enc;
import static dev.signet.server.console.BrowserlessClient.expect;
import static dev.signet.server.console.BrowserlessClient.location;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import dev.signet.server.admin.AppPolicies;
import dev.signet.server.console.BrowserlessClient;
import dev.signet.server.model.AppSettings;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.IpRelaxation;
import dev.signet.server.model.LoginEvent;
import dev.signet.server.model.LoginHistoryFilter;
import dev.signet.server.oauth.Pkce;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web-server flow over plain HTTP: request validation and its two kinds of errors, login,
 * consent, the code exchange with PKCE, refresh tokens, and the approval that lets JWT logins pass.
 */
class AuthorizationCodeFlowTest {
    static final String CALLBACK = "http://127.0.0.1:9/callback";
    static final String PASSWORD = "user password 1";
    static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUhU1p1r_wW1gFWFOEjXk-verifier";
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();
    static ConnectedApp selfAuthorize;

    @BeforeAll
    static void start() {
        selfAuthorize = app(a -> a.toBuilder().selfAuthorize(true).build());
    }

    @Test
    void authorizeWhenClientOrRedirectUriUnknownThenErrorPageNotRedirect() {
        BrowserlessClient browser = new BrowserlessClient(server);
        HttpResponse<String> unknown = browser.get(authorizeUrl("3MVG9unknown", CALLBACK, "api", challenge()));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("error=invalid_client_id&amp;error_description=client identifier invalid");
        HttpResponse<String> mismatch = browser.get(authorizeUrl(selfAuthorize.consumerKey(), "https://evil.example/cb",
                "api", challenge()));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("error=redirect_uri_mismatch");
        assertThat(mismatch.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void authorizeWhenScopeOrPkceOrResponseTypeWrongThenRedirectWithErrorAndState() {
        BrowserlessClient browser = new BrowserlessClient(server);
        assertThat(query(location(expect(browser.get(authorizeUrl(selfAuthorize.consumerKey(), CALLBACK, "api chatter_api",
                challenge())), 302)))).containsEntry("error", "invalid_scope")
                .containsEntry("error_description", "the requested scope is not allowed").containsEntry("state", "st-1");
        assertThat(query(location(expect(browser.get(authorizeUrl(selfAuthorize.consumerKey(), CALLBACK, "api", null)),
                302)))).containsEntry("error", "invalid_request")
                .containsEntry("error_description", "missing required code challenge");
        String token = authorizeUrl(selfAuthorize.consumerKey(), CALLBACK, "api", challenge()).replace(
                "response_type=code", "response_type=token");
        assertThat(query(location(expect(browser.get(token), 302)))).containsEntry("error", "unsupported_response_type");
    }

    @Test
    void flowWhenUserApprovesThenCodeTokensRefreshAndJwtLoginPass() {
        String username = userWithPassword();
        HttpResponse<String> jwtBefore = server.token(server.assertion(selfAuthorize, username).build());
        assertThat(TestServer.json(jwtBefore).get("error_description").asText()).isEqualTo("user hasn't approved this consumer");

        BrowserlessClient browser = new BrowserlessClient(server);
        HttpResponse<String> login = expect(browser.get(authorizeUrl(selfAuthorize.consumerKey(), CALLBACK,
                "api refresh_token", challenge())), 200);
        assertThat(login.body()).contains("Log in to continue to " + selfAuthorize.name());
        HttpResponse<String> wrong = browser.post("/services/oauth2/authorize/login",
                form(browser.hiddenFields(), "username", username, "password", "wrong password"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(latest(username).status()).isEqualTo("Invalid Password");
        HttpResponse<String> loggedIn = browser.post("/services/oauth2/authorize/login",
                form(browser.hiddenFields(), "username", username, "password", PASSWORD));
        assertThat(location(expect(loggedIn, 303))).startsWith("/services/oauth2/authorize?response_type=code");
        LoginEvent success = latest(username);
        assertThat(success.status()).isEqualTo("Success");
        assertThat(success.loginType()).isEqualTo("Remote Access 2.0");
        assertThat(success.loginSubType()).isEqualTo("OAuth Web Server");

        HttpResponse<String> consent = expect(browser.get(location(loggedIn)), 200);
        assertThat(consent.body()).contains("Allow Access?", "Perform requests at any time");
        assertThat(consent.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self' http://127.0.0.1:9");
        Map<String, String> allowed = query(location(expect(browser.post("/services/oauth2/authorize/consent",
                form(browser.hiddenFields(), "decision", "allow")), 303)));
        assertThat(allowed).containsKey("code").containsEntry("state", "st-1");

        JsonNode badVerifier = TestServer.json(exchange(allowed.get("code"), "x".repeat(43)));
        assertThat(badVerifier.get("error").asText()).isEqualTo("invalid_grant");
        assertThat(badVerifier.get("error_description").asText()).isEqualTo("invalid code verifier");
        JsonNode reused = TestServer.json(exchange(allowed.get("code"), VERIFIER));
        assertThat(reused.get("error_description").asText()).isEqualTo("invalid authorization code");

        Map<String, String> second = query(location(expect(browser.get(authorizeUrl(selfAuthorize.consumerKey(),
                CALLBACK, "api refresh_token", challenge())), 302)));
        HttpResponse<String> tokens = exchange(second.get("code"), VERIFIER);
        assertThat(tokens.statusCode()).isEqualTo(200);
        JsonNode body = TestServer.json(tokens);
        assertThat(body.get("scope").asText()).isEqualTo("api refresh_token");
        assertThat(server.get(body.get("id").asText(), body.get("access_token").asText()).statusCode()).isIn(200, 403);

        HttpResponse<String> refreshed = server.postForm("/services/oauth2/token", "grant_type=refresh_token&client_id="
                + enc(selfAuthorize.consumerKey()) + "&refresh_token=" + enc(body.get("refresh_token").asText()));
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(refreshed).has("refresh_token")).isFalse();
        assertThat(latest(username).loginSubType()).isEqualTo("OAuth Refresh Token");

        HttpResponse<String> jwtAfter = server.token(server.assertion(selfAuthorize, username).build());
        assertThat(jwtAfter.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(jwtAfter).get("scope").asText()).isEqualTo("api refresh_token");

        server.server().administration().users().revokeApproval(username, selfAuthorize.consumerKey());
        HttpResponse<String> revoked = server.postForm("/services/oauth2/token", "grant_type=refresh_token&client_id="
                + enc(selfAuthorize.consumerKey()) + "&refresh_token=" + enc(body.get("refresh_token").asText()));
        assertThat(TestServer.json(revoked).get("error_description").asText()).isEqualTo("expired access/refresh token");
        assertThat(TestServer.json(server.token(server.assertion(selfAuthorize, username).build()))
                .get("error_description").asText()).isEqualTo("user hasn't approved this consumer");
    }

    @Test
    void consentWhenDeniedThenAccessDeniedRedirect() {
        String username = userWithPassword();
        BrowserlessClient browser = loggedIn(username, selfAuthorize);
        Map<String, String> denied = query(location(expect(browser.post("/services/oauth2/authorize/consent",
                form(browser.hiddenFields(), "decision", "deny")), 303)));
        assertThat(denied).containsEntry("error", "access_denied")
                .containsEntry("error_description", "end-user denied authorization").containsEntry("state", "st-1");
    }

    @Test
    void authorizeWhenAdminApprovedAppAndUserNotPreAuthorizedThenOauthAppAccessDenied() {
        ConnectedApp adminApproved = app(a -> a.toBuilder().profiles(java.util.Set.of("Someone Else")).build());
        String username = userWithPassword();
        BrowserlessClient browser = new BrowserlessClient(server);
        browser.get(authorizeUrl(adminApproved.consumerKey(), CALLBACK, "api", challenge()));
        HttpResponse<String> loggedIn = browser.post("/services/oauth2/authorize/login",
                form(browser.hiddenFields(), "username", username, "password", PASSWORD));
        String target = location(expect(browser.get(location(loggedIn)), 302));
        assertThat(target).startsWith(CALLBACK + "?error=OAUTH_APP_ACCESS_DENIED&error_description=user+is+not+admin"
                + "+approved+to+access+this+app");
    }

    @Test
    void loginWhenPostedWithoutCsrfThenForbidden() {
        BrowserlessClient browser = new BrowserlessClient(server);
        browser.get(authorizeUrl(selfAuthorize.consumerKey(), CALLBACK, "api", challenge()));
        Map<String, String> fields = new LinkedHashMap<>(browser.hiddenFields());
        fields.remove("csrf");
        HttpResponse<String> refused = browser.post("/services/oauth2/authorize/login",
                form(fields, "username", "x@signet.test", "password", "whatever"));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void loginWhenProfileIpRangeExcludesCallerThenRestrictedIp() {
        String username = userWithPassword();
        String profile = "Remote Only " + username;
        server.server().administration().users().edit(username,
                new dev.signet.server.admin.UserEdit(null, null, null, profile, null));
        server.server().administration().ipRanges().add(profile, "203.0.113.0", "203.0.113.255", "office");
        BrowserlessClient browser = new BrowserlessClient(server);
        browser.get(authorizeUrl(selfAuthorize.consumerKey(), CALLBACK, "api", challenge()));
        HttpResponse<String> refused = browser.post("/services/oauth2/authorize/login",
                form(browser.hiddenFields(), "username", username, "password", PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("it is outside your profile");
        assertThat(latest(username).status()).isEqualTo("Restricted IP");
        server.server().administration().apps().setPolicies(selfAuthorize.consumerKey(),
                new AppPolicies(null, IpRelaxation.BYPASS, null, null));
        try {
            expect(browser.post("/services/oauth2/authorize/login",
                    form(browser.hiddenFields(), "username", username, "password", PASSWORD)), 303);
        } finally {
            server.server().administration().apps().setPolicies(selfAuthorize.consumerKey(),
                    new AppPolicies(null, IpRelaxation.ENFORCE, null, null));
        }
    }

    static BrowserlessClient loggedIn(String username, ConnectedApp app) {
        BrowserlessClient browser = new BrowserlessClient(server);
        browser.get(authorizeUrl(app.consumerKey(), CALLBACK, "api refresh_token", challenge()));
        HttpResponse<String> loggedIn = browser.post("/services/oauth2/authorize/login",
                form(browser.hiddenFields(), "username", username, "password", PASSWORD));
        expect(browser.get(location(expect(loggedIn, 303))), 200);
        return browser;
    }

    static ConnectedApp app(UnaryOperator<dev.signet.server.admin.NewApp> customize) {
        return server.createApp(a -> customize.apply(a.toBuilder().settings(new AppSettings(null, null, null,
                List.of(CALLBACK), IpRelaxation.ENFORCE)).build()));
    }

    static String userWithPassword() {
        String username = server.createUser();
        server.server().administration().users().setPassword(username, PASSWORD);
        return username;
    }

    static LoginEvent latest(String username) {
        return server.server().admin().loginHistory(new LoginHistoryFilter(username, null, null, null, null, 1)).get(0);
    }

    static HttpResponse<String> exchange(String code, String verifier) {
        return server.postForm("/services/oauth2/token", "grant_type=authorization_code&code=" + enc(code)
                + "&client_id=" + enc(selfAuthorize.consumerKey()) + "&redirect_uri=" + enc(CALLBACK)
                + "&code_verifier=" + enc(verifier));
    }

    static String challenge() {
        return Pkce.challenge(VERIFIER);
    }

    static String authorizeUrl(String clientId, String redirectUri, String scope, String challenge) {
        return "/services/oauth2/authorize?response_type=code&client_id=" + enc(clientId) + "&redirect_uri="
                + enc(redirectUri) + "&scope=" + enc(scope) + "&state=st-1"
                + (challenge == null ? "" : "&code_challenge=" + challenge + "&code_challenge_method=S256");
    }

    static String[] form(Map<String, String> hidden, String... more) {
        List<String> fields = new ArrayList<>();
        hidden.forEach((k, v) -> {
            fields.add(k);
            fields.add(v);
        });
        fields.addAll(List.of(more));
        return fields.toArray(String[]::new);
    }

    static Map<String, String> query(String url) {
        return BrowserlessClient.queryParameters(URI.create(url).getRawQuery());
    }
}
