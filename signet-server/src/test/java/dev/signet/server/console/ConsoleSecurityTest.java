package dev.signet.server.console;

import static dev.signet.server.console.BrowserlessClient.expect;
import static dev.signet.server.console.BrowserlessClient.location;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import dev.signet.server.secrets.AccessTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The console's gate over plain HTTP: first run, login, cookies, CSRF, headers, server-side sessions. */
class ConsoleSecurityTest {
    static final String PASSWORD = "correct horse battery";
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    @Test
    void consoleWhenSetUpThenLoginRequiredAndCookieHardened() {
        BrowserlessClient browser = new BrowserlessClient(server);
        HttpResponse<String> setup = browser.get("/console/setup");
        if (setup.statusCode() == 200) {
            HttpResponse<String> wrong = browser.submit("/console/setup", "adminSecret", "not-the-secret",
                    "username", "root", "password", PASSWORD, "confirm", PASSWORD);
            assertThat(wrong.statusCode()).isEqualTo(403);
            assertThat(wrong.body()).contains("not the admin secret");
            HttpResponse<String> created = expect(browser.submit("/console/setup", "adminSecret", "test-admin-secret",
                    "username", "root", "password", PASSWORD, "confirm", PASSWORD), 303);
            assertThat(location(created)).isEqualTo("/console/apps");
            String cookie = created.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith("signet_console=").contains("; Path=/console", "; HttpOnly",
                    "; SameSite=Strict").doesNotContain("Secure");
        }
        BrowserlessClient anonymous = new BrowserlessClient(server);
        assertThat(location(expect(anonymous.get("/console/apps"), 303))).isEqualTo("/console/login");
        assertThat(location(expect(anonymous.get("/console/setup"), 303))).isEqualTo("/console/login");
    }

    @Test
    void loginWhenWrongPasswordThenRefusedWithoutSession() {
        ensureAdmin();
        BrowserlessClient browser = new BrowserlessClient(server);
        browser.get("/console/login");
        HttpResponse<String> refused = browser.submit("/console/login", "username", "root", "password", "wrong password");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("Wrong username or password.");
        assertThat(location(expect(browser.get("/console/apps"), 303))).isEqualTo("/console/login");
    }

    @Test
    void postWhenCsrfTokenMissingOrWrongThen403() {
        BrowserlessClient browser = admin();
        HttpResponse<String> missing = browser.post("/console/users", "username", "csrf-victim@signet.test");
        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(missing.body()).contains("CSRF check failed");
        HttpResponse<String> wrong = browser.post("/console/users", "csrf", "forged", "username", "csrf-victim@signet.test");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(server.server().admin().users()).noneMatch(u -> u.username().equals("csrf-victim@signet.test"));
        browser.get("/console/users");
        expect(browser.submit("/console/users", "username", "csrf-ok@signet.test", "lastName", "Ok"), 303);
    }

    @Test
    void pagesWhenServedThenStrictContentSecurityPolicyAndNoFraming() {
        HttpResponse<String> page = admin().get("/console/apps");
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'none'", "style-src 'self'", "form-action 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "script-src");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).doesNotContain("<script");
    }

    @Test
    void sessionWhenStoredThenOnlyItsHashAndLogoutEndsIt() {
        BrowserlessClient browser = new BrowserlessClient(server);
        ensureAdmin();
        browser.get("/console/login");
        HttpResponse<String> login = expect(browser.submit("/console/login", "username", "root", "password", PASSWORD), 303);
        String value = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0].split("=", 2)[1];
        List<String> stored = server.server().jdbc().query("select id_hash from browser_session",
                rs -> rs.getString(1));
        assertThat(stored).contains(AccessTokens.hash(value)).doesNotContain(value);
        browser.get("/console/apps");
        expect(browser.submit("/console/logout"), 303);
        assertThat(stored(AccessTokens.hash(value))).isFalse();
        assertThat(location(expect(browser.get("/console/apps"), 303))).isEqualTo("/console/login");
    }

    @Test
    void cookieWhenPublicUrlIsHttpsThenSecure() {
        int port = freePort();
        try (TestServer https = TestServer.start(c -> c.port(port).publicUrl("https://signet.example"))) {
            BrowserlessClient browser = new BrowserlessClient("http://127.0.0.1:" + port);
            HttpResponse<String> page = browser.get("/console/setup");
            assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("; Secure"));
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean stored(String hash) {
        return !server.server().jdbc().query("select id_hash from browser_session where id_hash = ?", rs -> rs.getString(1), hash)
                .isEmpty();
    }

    static BrowserlessClient admin() {
        return new BrowserlessClient(server).consoleAdmin("root", PASSWORD);
    }

    static void ensureAdmin() {
        if (server.server().administration().consoleAdmins().needsSetup()) {
            server.server().administration().consoleAdmins().create("root", PASSWORD);
        }
    }
}
