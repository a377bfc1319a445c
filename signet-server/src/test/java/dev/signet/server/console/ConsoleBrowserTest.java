package dev.signet.server.console;

import static dev.signet.server.console.BrowserlessClient.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.signet.core.keys.KeyLoader;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import dev.signet.server.admin.NewApp;
import dev.signet.server.model.AppSettings;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.IpRelaxation;
import dev.signet.server.oauth.Pkce;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console and the one-time approval in a real (headless) browser. Takes the screenshots in
 * {@code docs/screenshots}. Needs the Debian packages chromium and chromium-driver ({@code .ci/run}
 * installs them); without them the tests fail, they never skip.
 */
@TestMethodOrder(OrderAnnotation.class)
class ConsoleBrowserTest {
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "console admin password";
    static final String USER_PASSWORD = "field user password";
    static final String VERIFIER = "browser-test-verifier-0123456789-abcdefghijklmnop";
    static final Path SCREENSHOTS = projectRoot().resolve("docs/screenshots");
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();
    static ChromeBrowser browser;
    static HttpServer callbacks;
    static final BlockingQueue<String> callbackQueries = new ArrayBlockingQueue<>(10);
    static Path keys;

    @BeforeAll
    static void start() throws IOException {
        browser = ChromeBrowser.start();
        callbacks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        callbacks.createContext("/callback", exchange -> {
            callbackQueries.add(exchange.getRequestURI().getRawQuery());
            byte[] page = "<!doctype html><title>Callback</title><h1>Callback received</h1>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        callbacks.start();
        keys = Files.createTempDirectory("signet-browser-keys");
    }

    @AfterAll
    static void stop() {
        if (callbacks != null) {
            callbacks.stop(0);
        }
        if (browser != null) {
            browser.close();
        }
        if (keys != null) {
            TestServer.deleteRecursively(keys);
        }
    }

    @Test
    @Order(1)
    void adminWhenCreatingAppWithOpensslCertificateInBrowserThenJwtLoginSucceeds() throws Exception {
        Path cert = openssl(keys);
        browser.open(server.baseUrl() + "/console");
        browser.waitForUrl(server.baseUrl() + "/console/setup");
        browser.type("#adminSecret", "test-admin-secret");
        browser.type("#username", ADMIN);
        browser.type("#password", ADMIN_PASSWORD);
        browser.type("#confirm", ADMIN_PASSWORD);
        shot("console-setup");
        browser.click("form[action='/console/setup'] button[type=submit]");
        browser.waitForText("App Manager");
        browser.click(".logout button");
        browser.waitForText("You have logged out.");
        browser.type("#username", ADMIN);
        shot("console-login");
        browser.type("#password", ADMIN_PASSWORD);
        browser.click("form[action='/console/login'] button[type=submit]");
        browser.waitForText("New Connected App");

        browser.click("a[href='/console/apps/new']");
        browser.type("#name", "Billing Sync");
        browser.type("#apiName", "Billing_Sync");
        browser.type("#contactEmail", "integrations@acme.example");
        browser.type("#description", "Nightly invoice export to the ERP.");
        browser.type("#callbackUrls", "https://billing.acme.example/oauth/callback");
        browser.find("#certificate").sendKeys(cert.toString());
        shot("console-new-app");
        browser.click("form[action='/console/apps/new'] button[type=submit]");
        browser.waitForText("Consumer Key");
        assertThat(browser.text()).contains("CN=billing-sync", "Active", "Perform requests at any time");
        String consumerKey = browser.find("#consumer-key").getText();
        shot("console-app-detail");

        browser.click("a[href$='/policies']");
        browser.type("#profile", "Integration");
        browser.click("form[action$='/profiles/add'] button[type=submit]");
        browser.waitForText("Added.");
        shot("console-app-policies");

        browser.open(server.baseUrl() + "/console/users");
        browser.type("#username", "integration@acme.example");
        browser.type("#firstName", "Integration");
        browser.type("#lastName", "User");
        browser.type("#profile", "Integration");
        browser.click("form[action='/console/users'] button[type=submit]");
        browser.waitForText("Approved apps");
        browser.open(server.baseUrl() + "/console/users");
        shot("console-users");

        ConnectedApp app = server.server().admin().app(consumerKey);
        HttpResponse<String> jwt = jwtLogin(app, "integration@acme.example", KeyLoader.loadPrivateKey(keys.resolve("key.pem"), null));
        assertThat(jwt.statusCode()).as(jwt.body()).isEqualTo(200);
        browser.open(server.baseUrl() + "/console/apps");
        browser.waitForText("Billing Sync");
        shot("console-apps");
    }

    @Test
    @Order(2)
    void userWhenApprovingSelfAuthorizeAppInBrowserThenJwtLoginSucceeds() throws Exception {
        String callback = "http://127.0.0.1:" + callbacks.getAddress().getPort() + "/callback";
        ConnectedApp app = server.createApp(a -> a.toBuilder().name("Field Service").selfAuthorize(true)
                .settings(new AppSettings("Field_Service", "field@acme.example", null, List.of(callback),
                        IpRelaxation.ENFORCE)).build());
        String username = "tech@acme.example";
        server.server().admin().createUser(new dev.signet.server.admin.NewUser(username, null, "Field", "Tech",
                "Standard User", java.util.Set.of()));
        browser.open(server.baseUrl() + "/console/users/" + enc(username));
        browser.type("#password", USER_PASSWORD);
        browser.type("#confirm", USER_PASSWORD);
        browser.click("form[action$='/password'] button[type=submit]");
        browser.waitForText("Password set.");

        HttpResponse<String> before = server.token(server.assertion(app, username).build());
        assertThat(TestServer.json(before).get("error_description").asText()).isEqualTo("user hasn't approved this consumer");

        browser.open(server.baseUrl() + "/services/oauth2/authorize?response_type=code&client_id="
                + enc(app.consumerKey()) + "&redirect_uri=" + enc(callback) + "&scope=" + enc("api refresh_token")
                + "&state=xyz-42&code_challenge=" + Pkce.challenge(VERIFIER) + "&code_challenge_method=S256");
        browser.waitForText("Log in to continue to Field Service");
        browser.type("#username", username);
        shot("authorize-login");
        browser.type("#password", USER_PASSWORD);
        browser.click("#Login");
        browser.waitForText("Allow Access?");
        shot("authorize-consent");
        browser.click("#oaapprove");
        browser.waitForText("Callback received");

        Map<String, String> query = query(callbackQueries.poll(10, TimeUnit.SECONDS));
        assertThat(query).containsEntry("state", "xyz-42").containsKey("code");
        HttpResponse<String> exchanged = server.postForm("/services/oauth2/token", "grant_type=authorization_code&code="
                + enc(query.get("code")) + "&client_id=" + enc(app.consumerKey()) + "&redirect_uri=" + enc(callback)
                + "&code_verifier=" + enc(VERIFIER));
        assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
        JsonNode tokens = TestServer.json(exchanged);
        assertThat(tokens.has("access_token")).isTrue();
        assertThat(tokens.has("refresh_token")).isTrue();

        HttpResponse<String> after = server.token(server.assertion(app, username).build());
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);

        browser.open(server.baseUrl() + "/console/users/" + enc(username));
        browser.waitForText("Field Service");
        shot("console-user");
        browser.open(server.baseUrl() + "/console/login-history?user=" + enc(username));
        browser.waitForText("Failed: Not approved for access");
        assertThat(browser.text()).contains("self-authorize app: the user has not approved it", "Success",
                "OAuth Web Server");
        shot("console-login-history");
    }

    @Test
    @Order(3)
    void formWhenPostedWithoutCsrfTokenThenRefused() {
        browser.open(server.baseUrl() + "/console/users");
        browser.type("#username", "forged@acme.example");
        browser.type("#lastName", "Forged");
        browser.script("document.querySelector(\"form[action='/console/users'] input[name=csrf]\").remove()");
        browser.click("form[action='/console/users'] button[type=submit]");
        browser.waitForText("CSRF check failed");
        assertThat(browser.text()).contains("Forbidden", "403");
        assertThat(server.server().admin().users()).noneMatch(u -> u.username().equals("forged@acme.example"));
    }

    static HttpResponse<String> jwtLogin(ConnectedApp app, String username, PrivateKey key) {
        return server.postForm("/services/oauth2/token", "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer"
                + "&assertion=" + server.assertion(app, username).build().sign(key));
    }

    /** A key pair and self-signed certificate made the way the Salesforce tutorials do, with openssl. */
    static Path openssl(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                dir.resolve("key.pem").toString(), "-out", dir.resolve("server.crt").toString(), "-days", "30", "-subj",
                "/CN=billing-sync").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("openssl: " + output).isZero();
        return dir.resolve("server.crt");
    }

    static void shot(String name) {
        browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
    }

    static Map<String, String> query(String raw) {
        assertThat(raw).as("the callback was not called").isNotNull();
        return BrowserlessClient.queryParameters(raw);
    }

    // The directory with mvnw: screenshots go to its docs/screenshots, whichever module the tests run from.
    static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new UncheckedIOException(new IOException("no mvnw above " + Path.of("").toAbsolutePath()));
        }
        return dir;
    }
}
