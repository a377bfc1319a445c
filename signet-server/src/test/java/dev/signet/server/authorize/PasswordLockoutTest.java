package dev.signet.server.authorize;

import static dev.signet.server.authorize.AuthorizationCodeFlowTest.CALLBACK;
import static dev.signet.server.authorize.AuthorizationCodeFlowTest.PASSWORD;
import static dev.signet.server.authorize.AuthorizationCodeFlowTest.authorizeUrl;
import static dev.signet.server.authorize.AuthorizationCodeFlowTest.challenge;
import static dev.signet.server.authorize.AuthorizationCodeFlowTest.form;
import static dev.signet.server.console.BrowserlessClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestClock;
import dev.signet.server.TestServer;
import dev.signet.server.console.BrowserlessClient;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.LoginEvent;
import dev.signet.server.model.LoginHistoryFilter;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Password lockout over HTTP, on a server that locks after 3 invalid passwords for 15 minutes: the
 * authorization endpoint's login (Login History {@code Password Lockout}), console logins, the
 * lockout's end, and unlocking through the admin API.
 */
class PasswordLockoutTest {
    static final String ADMIN_PASSWORD = "console admin password";
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().clock(TestClock::now)
            .config(c -> c.lockoutAttempts(3).lockoutPeriod(Duration.ofMinutes(15))).build();

    @Test
    void loginWhenThirdInvalidPasswordThenLockedOutEvenWithTheRightOneUntilThePeriodEnds() {
        ConnectedApp app = PasswordUsers.selfAuthorizeApp(server);
        String username = PasswordUsers.userWithPassword(server);
        for (int i = 0; i < 3; i++) {
            assertThat(login(app, username, "wrong password " + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = login(app, username, PASSWORD);

        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).contains("Your account is locked after too many failed logins");
        assertThat(statuses(username)).containsExactlyInAnyOrder("Invalid Password", "Invalid Password",
                "Invalid Password", "Password Lockout");
        assertThat(TestServer.json(server.adminGet("/users/" + username + "/lockout")).get("locked")
                .asBoolean()).isTrue();
        server.clock().advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(login(app, username, PASSWORD).statusCode()).isEqualTo(303);
        assertThat(statuses(username)).contains("Success");
    }

    @Test
    void loginWhenSuccessBetweenFailuresThenCountStartsAgain() {
        ConnectedApp app = PasswordUsers.selfAuthorizeApp(server);
        String username = PasswordUsers.userWithPassword(server);
        login(app, username, "wrong 1");
        login(app, username, "wrong 2");
        expect(login(app, username, PASSWORD), 303);
        login(app, username, "wrong 3");
        login(app, username, "wrong 4");

        assertThat(login(app, username, PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void unlockWhenAdminUnlocksThenTheUserLogsInAtOnce() {
        ConnectedApp app = PasswordUsers.selfAuthorizeApp(server);
        String username = PasswordUsers.userWithPassword(server);
        for (int i = 0; i < 3; i++) {
            login(app, username, "wrong password " + i);
        }
        assertThat(login(app, username, PASSWORD).statusCode()).isEqualTo(401);

        HttpResponse<String> unlocked = server.adminPost("/users/" + username + "/unlock", "");

        assertThat(unlocked.statusCode()).isEqualTo(200);
        assertThat(TestServer.json(unlocked).get("locked").asBoolean()).isFalse();
        assertThat(login(app, username, PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void consoleLoginWhenLockedOutThenRefusedUntilAnotherAdminUnlocks() {
        new BrowserlessClient(server).consoleAdmin("root", ADMIN_PASSWORD);
        server.server().administration().consoleAdmins().create("second-admin", ADMIN_PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertThat(consoleLogin("second-admin", "wrong password " + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = consoleLogin("second-admin", ADMIN_PASSWORD);

        assertThat(locked.statusCode()).isEqualTo(403);
        assertThat(locked.body()).contains("This account is locked after too many failed logins");
        assertThat(server.adminPost("/console-admins/second-admin/unlock", "").statusCode()).isEqualTo(200);
        assertThat(consoleLogin("second-admin", ADMIN_PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void unlockWhenUnknownUserThen404() {
        assertThat(server.adminPost("/users/nobody@signet.test/unlock", "").statusCode()).isEqualTo(404);
        assertThat(server.adminPost("/console-admins/nobody/unlock", "").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> login(ConnectedApp app, String username, String password) {
        BrowserlessClient browser = new BrowserlessClient(server);
        expect(browser.get(authorizeUrl(app.consumerKey(), CALLBACK, "api", challenge())), 200);
        return browser.post("/services/oauth2/authorize/login",
                form(browser.hiddenFields(), "username", username, "password", password));
    }

    private static HttpResponse<String> consoleLogin(String username, String password) {
        BrowserlessClient browser = new BrowserlessClient(server);
        browser.get("/console/login");
        return browser.submit("/console/login", "username", username, "password", password);
    }

    private static List<String> statuses(String username) {
        return server.server().admin().loginHistory(new LoginHistoryFilter(username, null, null, null, null, 20))
                .stream().map(LoginEvent::status).toList();
    }
}
