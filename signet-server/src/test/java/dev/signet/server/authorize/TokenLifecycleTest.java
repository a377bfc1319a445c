package dev.signet.server.authorize;

import static dev.signet.server.authorize.AuthorizationCodeFlowTest.CALLBACK;
import static dev.signet.server.authorize.AuthorizationCodeFlowTest.PASSWORD;
import static dev.signet.server.authorize.AuthorizationCodeFlowTest.VERIFIER;
import static dev.signet.server.authorize.AuthorizationCodeFlowTest.authorizeUrl;
import static dev.signet.server.authorize.AuthorizationCodeFlowTest.challenge;
import static dev.signet.server.authorize.AuthorizationCodeFlowTest.form;
import static dev.signet.server.authorize.AuthorizationCodeFlowTest.query;
import static dev.signet.server.console.BrowserlessClient.enc;
import static dev.signet.server.console.BrowserlessClient.expect;
import static dev.signet.server.console.BrowserlessClient.location;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import dev.signet.server.console.BrowserlessClient;
import dev.signet.server.model.ConnectedApp;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What ends a token for good: a reused authorization code (RFC 6749 §4.1.2), blocking the app,
 * deactivating or freezing the user. Undoing the block, the deactivation or the freeze never
 * revives a token revoked by it.
 */
class TokenLifecycleTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    @Test
    void exchangeWhenCodeUsedTwiceThenTokensFromTheFirstExchangeAreRevoked() {
        ConnectedApp app = PasswordUsers.selfAuthorizeApp(server);
        String username = PasswordUsers.userWithPassword(server);
        String code = code(app, username);
        JsonNode tokens = TestServer.json(expect(exchange(app, code), 200));
        assertThat(identity(tokens)).isEqualTo(200);

        JsonNode reused = TestServer.json(exchange(app, code));

        assertThat(reused.get("error").asText()).isEqualTo("invalid_grant");
        assertThat(reused.get("error_description").asText()).isEqualTo("invalid authorization code");
        assertThat(identity(tokens)).isEqualTo(401);
        HttpResponse<String> refreshed = server.postForm("/services/oauth2/token", "grant_type=refresh_token&client_id="
                + enc(app.consumerKey()) + "&refresh_token=" + enc(tokens.get("refresh_token").asText()));
        assertThat(TestServer.json(refreshed).get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void blockWhenAppDisabledThenItsTokensStayRevokedAfterItIsEnabledAgain() {
        ConnectedApp app = server.createApp();
        String username = server.createUser();
        JsonNode token = server.login(app, username);

        expect(server.adminPost("/apps/" + app.consumerKey() + "/disable", ""), 200);
        assertThat(identity(token)).isEqualTo(401);
        expect(server.adminPost("/apps/" + app.consumerKey() + "/enable", ""), 200);

        assertThat(identity(token)).isEqualTo(401);
        assertThat(identity(server.login(app, username))).isEqualTo(200);
    }

    @Test
    void enableWhenAppAlreadyEnabledThenTokensStayValid() {
        ConnectedApp app = server.createApp();
        JsonNode token = server.login(app, server.createUser());

        expect(server.adminPost("/apps/" + app.consumerKey() + "/enable", ""), 200);

        assertThat(identity(token)).isEqualTo(200);
    }

    @Test
    void deactivateWhenUserReactivatedThenOldTokensStayRevoked() {
        revokedForGood(user -> server.server().admin().deactivate(user), user -> server.server().admin().activate(user));
    }

    @Test
    void freezeWhenUserUnfrozenThenOldTokensStayRevoked() {
        revokedForGood(user -> server.server().administration().users().setFrozen(user, true),
                user -> server.server().administration().users().setFrozen(user, false));
    }

    private static void revokedForGood(Consumer<String> end, Consumer<String> undo) {
        ConnectedApp app = server.createApp();
        String username = server.createUser();
        JsonNode token = server.login(app, username);

        end.accept(username);
        assertThat(identity(token)).isEqualTo(401);
        undo.accept(username);

        assertThat(identity(token)).isEqualTo(401);
        assertThat(identity(server.login(app, username))).isEqualTo(200);
    }

    private static int identity(JsonNode tokens) {
        return server.get(tokens.get("id").asText(), tokens.get("access_token").asText()).statusCode();
    }

    private static String code(ConnectedApp app, String username) {
        BrowserlessClient browser = new BrowserlessClient(server);
        browser.get(authorizeUrl(app.consumerKey(), CALLBACK, "api id refresh_token", challenge()));
        expect(browser.get(location(expect(browser.post("/services/oauth2/authorize/login",
                form(browser.hiddenFields(), "username", username, "password", PASSWORD)), 303))), 200);
        return query(location(expect(browser.post("/services/oauth2/authorize/consent",
                form(browser.hiddenFields(), "decision", "allow")), 303))).get("code");
    }

    private static HttpResponse<String> exchange(ConnectedApp app, String code) {
        return server.postForm("/services/oauth2/token", "grant_type=authorization_code&code=" + enc(code)
                + "&client_id=" + enc(app.consumerKey()) + "&redirect_uri=" + enc(CALLBACK)
                + "&code_verifier=" + enc(VERIFIER));
    }
}
