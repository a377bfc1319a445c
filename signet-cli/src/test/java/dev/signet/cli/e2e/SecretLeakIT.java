package dev.signet.cli.e2e;

import static dev.signet.cli.e2e.Json.str;
import static dev.signet.server.console.BrowserlessClient.enc;
import static dev.signet.server.console.BrowserlessClient.expect;
import static dev.signet.server.console.BrowserlessClient.location;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.server.console.BrowserlessClient;
import dev.signet.server.oauth.Pkce;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * No secret reaches the log or the data directory. A real {@code signet server} process on its own
 * data directory is driven through every endpoint family with known secret values — assertions
 * (valid, replayed, forged), the access, refresh and authorization-code values they yield, the PKCE
 * verifier, client assertions, user, console and admin passwords (right and wrong), the admin secret
 * (right and wrong), a client secret, tokens in query parameters and headers, in requests the HTTP
 * layer refuses (overlong URL and headers, malformed requests, a body cut short) — then stopped.
 * Its whole output and every file it left (binary-safe) are searched for each value and its obvious
 * encodings, and every file it created must be owner-only.
 */
class SecretLeakIT {
    static final String CALLBACK = "http://127.0.0.1:9/callback";
    static final String GRANT_JWT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final String CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path tmp;

    static ServerProcess server;
    static Secrets secrets;

    @RegisterExtension
    static final ServerProcess.LogOnFailure LOG_ON_FAILURE = new ServerProcess.LogOnFailure(() -> {
        List<ServerProcess> servers = new ArrayList<>();
        servers.add(server);
        return servers;
    });

    @BeforeAll
    static void driveEveryEndpointFamilyWithKnownSecretsThenStop() throws IOException {
        Path keys = Files.createDirectories(tmp.resolve("keys"));
        Openssl.requireInstalled(tmp);
        Openssl.tutorialKeyPair(keys, "x");
        server = ServerProcess.start(tmp.resolve("data"));
        secrets = new Secrets();
        Driver driver = new Driver(server.url(), keys.resolve("server.key"), secrets,
                Files.readString(server.dataDir().resolve("admin-secret")).trim());
        driver.adminApi(Files.readString(keys.resolve("server.crt")));
        driver.console();
        driver.authorizationCodeFlow();
        driver.jwtBearerFlow();
        driver.resourceAndIdentityEndpoints();
        driver.requestsTheHttpLayerRefuses();
        driver.revocation();
        assertThat(server.stop()).as("stopped by SIGTERM").isNotEqualTo(-1);
    }

    @Test
    void logWhenSearchedThenHoldsNoSecretInAnyEncoding() {
        byte[] log = read(server.logFile());

        assertThat(log.length).as("the server wrote its start-up lines").isGreaterThan(100);
        assertThat(secrets.foundIn(log)).as("secrets in the server's output").isEmpty();
    }

    @Test
    void dataDirectoryWhenSearchedThenNoFileHoldsASecretInAnyEncoding() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(server.dataDir())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                // The admin secret lives in its own owner-only file by design, and only there.
                secrets.foundIn(read(file)).stream()
                        .filter(s -> !(file.getFileName().toString().equals("admin-secret") && s.startsWith("admin secret")))
                        .forEach(s -> found.add(server.dataDir().relativize(file) + ": " + s));
            }
        }
        assertThat(found).as("secrets in the data directory's files").isEmpty();
        assertThat(secrets.foundIn(read(server.dataDir().resolve("admin-secret"))))
                .as("the search finds what is there: the admin secret in its file").contains("admin secret (as is)");
    }

    @Test
    void dataDirectoryWhenListedThenEverythingTheServerCreatedIsOwnerOnly() throws IOException {
        try (Stream<Path> paths = Files.walk(server.dataDir())) {
            List<Path> created = paths.filter(p -> !p.equals(server.dataDir())).toList();
            assertThat(created).as("database, secrets").hasSizeGreaterThanOrEqualTo(3);
            assertThat(created).allSatisfy(p -> assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(p))).as("%s", p).isEqualTo(Files.isDirectory(p) ? "rwx------"
                    : "rw-------"));
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The requests, each family in turn; every secret value it sends or receives is noted in {@link Secrets}. */
    static final class Driver {
        private final String url;
        private final Path key;
        private final Secrets secrets;
        private final String adminSecret;
        private String consumerKey;
        private String username;
        private final List<String> accessTokens = new ArrayList<>();
        private String refreshToken;

        Driver(String url, Path key, Secrets secrets, String adminSecret) {
            this.url = url;
            this.key = key;
            this.secrets = secrets;
            this.adminSecret = secrets.add("admin secret", adminSecret);
        }

        void adminApi(String certificatePem) {
            String wrongSecret = secrets.add("wrong admin secret", "wrong-admin-secret-" + RUN);
            assertThat(Http.get(url + "/admin/api/apps", Map.of("Authorization", "Bearer " + wrongSecret)).status())
                    .isEqualTo(401);
            Http.Response app = admin("POST", "/apps", "{\"name\":\"Leak Test\",\"certificate\":" + quote(certificatePem)
                    + ",\"selfAuthorize\":true,\"scopes\":\"api id refresh_token\",\"callbackUrls\":[\"" + CALLBACK
                    + "\"]}");
            assertThat(app.status()).as("%s", app).isEqualTo(201);
            consumerKey = str(Json.object(app.body()), "consumerKey");
            username = "leak-" + RUN + "@acme.example";
            assertThat(admin("POST", "/users", "{\"username\":\"" + username + "\",\"profile\":\"Integration\"}")
                    .status()).isEqualTo(201);
            String password = secrets.add("user password", "user-password-" + RUN);
            assertThat(admin("POST", "/users/" + username + "/password", "{\"password\":\"" + password + "\"}")
                    .status()).isEqualTo(200);
            String tooLong = secrets.add("refused user password", "refused-password-" + RUN + "-" + "p".repeat(200));
            assertThat(admin("POST", "/users/" + username + "/password", "{\"password\":\"" + tooLong + "\"}")
                    .status()).isEqualTo(400);
        }

        void console() {
            String password = secrets.add("console password", "console-password-" + RUN);
            BrowserlessClient browser = new BrowserlessClient(url);
            browser.get("/console/setup");
            String wrongSecret = secrets.add("wrong admin secret (setup)", "wrong-setup-secret-" + RUN);
            assertThat(browser.submit("/console/setup", "adminSecret", wrongSecret, "username", "root", "password",
                    password, "confirm", password).statusCode()).isEqualTo(403);
            expect(browser.submit("/console/setup", "adminSecret", adminSecret, "username", "root", "password",
                    password, "confirm", password), 303);
            BrowserlessClient other = new BrowserlessClient(url);
            other.get("/console/login");
            String wrong = secrets.add("wrong console password", "wrong-console-password-" + RUN);
            assertThat(other.submit("/console/login", "username", "root", "password", wrong).statusCode())
                    .isBetween(400, 499);
            other.get("/console/login");
            expect(other.submit("/console/login", "username", "root", "password", password), 303);
            expect(other.get("/console/apps"), 200);
            String adminPassword = secrets.add("console admin password (API)", "api-admin-password-" + RUN);
            assertThat(admin("POST", "/console-admins", "{\"username\":\"api-admin\",\"password\":\"" + adminPassword
                    + "\"}").status()).isEqualTo(201);
        }

        void authorizationCodeFlow() {
            String verifier = secrets.add("PKCE verifier", "pkce-verifier-" + RUN + "-" + "v".repeat(40));
            BrowserlessClient browser = new BrowserlessClient(url);
            String authorize = "/services/oauth2/authorize?response_type=code&client_id=" + enc(consumerKey)
                    + "&redirect_uri=" + enc(CALLBACK) + "&scope=" + enc("api id refresh_token") + "&state=st"
                    + "&code_challenge=" + Pkce.challenge(verifier) + "&code_challenge_method=S256";
            expect(browser.get(authorize), 200);
            String wrong = secrets.add("wrong user password", "wrong-user-password-" + RUN);
            assertThat(browser.post("/services/oauth2/authorize/login", form(browser, "username", username, "password",
                    wrong)).statusCode()).isEqualTo(401);
            HttpResponse<String> loggedIn = browser.post("/services/oauth2/authorize/login", form(browser, "username",
                    username, "password", secrets.value("user password")));
            expect(browser.get(location(expect(loggedIn, 303))), 200);
            String callback = location(expect(browser.post("/services/oauth2/authorize/consent",
                    form(browser, "decision", "allow")), 303));
            String code = secrets.add("authorization code",
                    BrowserlessClient.queryParameters(URI.create(callback).getRawQuery()).get("code"));
            Map<String, Object> tokens = ok(token(Map.of("grant_type", "authorization_code", "code", code,
                    "client_id", consumerKey, "redirect_uri", CALLBACK, "code_verifier", verifier)));
            accessTokens.add(secrets.add("access token (code)", str(tokens, "access_token")));
            refreshToken = secrets.add("refresh token", str(tokens, "refresh_token"));
            Map<String, Object> refreshed = ok(token(Map.of("grant_type", "refresh_token", "client_id", consumerKey,
                    "refresh_token", refreshToken)));
            accessTokens.add(secrets.add("access token (refresh)", str(refreshed, "access_token")));
            // A reused code is refused (and ends the tokens of its first exchange).
            assertThat(token(Map.of("grant_type", "authorization_code", "code", code, "client_id", consumerKey,
                    "redirect_uri", CALLBACK, "code_verifier", verifier)).status()).as("code reuse").isEqualTo(400);
        }

        void jwtBearerFlow() {
            String assertion = secrets.add("assertion", assertion(key));
            Map<String, Object> tokens = ok(token(Map.of("grant_type", GRANT_JWT, "assertion", assertion)));
            accessTokens.add(secrets.add("access token (jwt)", str(tokens, "access_token")));
            assertThat(token(Map.of("grant_type", GRANT_JWT, "assertion", assertion)).status()).as("replay")
                    .isEqualTo(400);
            Path otherKey = Openssl.genrsa(key.getParent(), "other.key");
            String forged = secrets.add("forged assertion", assertion(otherKey));
            assertThat(token(Map.of("grant_type", GRANT_JWT, "assertion", forged)).status()).isEqualTo(400);
            String clientSecret = secrets.add("client secret", "client-secret-" + RUN);
            assertThat(token(Map.of("grant_type", "client_credentials", "client_id", consumerKey, "client_secret",
                    clientSecret)).status()).isBetween(400, 401);
        }

        void resourceAndIdentityEndpoints() {
            String token = accessTokens.get(accessTokens.size() - 1);
            assertThat(Http.getWithBearer(url + "/services/oauth2/userinfo", token).status()).isEqualTo(200);
            assertThat(Http.getWithOauthTokenParameter(url + "/services/oauth2/userinfo", token).status())
                    .isEqualTo(200);
            assertThat(Http.getWithBearer(url + "/services/data/v62.0/query?q=SELECT+Id+FROM+Account", token).status())
                    .isEqualTo(200);
            assertThat(Http.get(url + "/services/data/v62.0/query?q=SELECT+Nope+FROM+Account&access_token="
                    + enc(token), Map.of()).status()).isBetween(400, 401);
            assertThat(Http.get(url + "/no/such/path?oauth_token=" + enc(token), Map.of()).status()).isEqualTo(404);
            String unknown = secrets.add("unknown token", token.substring(0, 16) + "NotIssued" + RUN);
            assertThat(Http.getWithBearer(url + "/services/oauth2/userinfo", unknown).status()).isEqualTo(401);
            Map<String, String> claims = OpensslAssertion.claims(consumerKey, consumerKey,
                    url + "/services/oauth2/introspect");
            claims.put("jti", UUID.randomUUID().toString());
            String clientAssertion = secrets.add("client assertion", OpensslAssertion.sign(key, claims));
            Http.Response introspected = Http.postForm(url + "/services/oauth2/introspect", Map.of(
                    "client_assertion_type", enc(CLIENT_ASSERTION_TYPE), "client_assertion", clientAssertion,
                    "token", enc(token)));
            assertThat(introspected.status()).as("%s", introspected).isEqualTo(200);
        }

        void requestsTheHttpLayerRefuses() {
            String token = accessTokens.get(0);
            assertThat(Raw.send(url, "GET /services/oauth2/userinfo?oauth_token=" + enc(token) + "&x=" + "a".repeat(17_000)
                    + " HTTP/1.1\r\nHost: localhost\r\n\r\n")).startsWith("HTTP/1.1 414");
            assertThat(Raw.send(url, "GET /services/data/v62.0/ HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + token + "\r\nX-Big: " + "b".repeat(17_000) + "\r\n\r\n")).startsWith("HTTP/1.1 431");
            assertThat(Raw.send(url, "GET /services/oauth2/userinfo?oauth_token=" + enc(token) + "&x="
                    + "<".repeat(8_000) + " HTTP/1.1\r\nHost: a b\r\n\r\n")).startsWith("HTTP/1.1 400");
            assertThat(Raw.send(url, "GET /services/oauth2/userinfo?oauth_token=" + enc(token) + " HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + token + "\r\nNot a header\r\n\r\n"))
                    .startsWith("HTTP/1.1 400");
            String cut = secrets.add("assertion in a cut-off body", assertion(key));
            assertThat(Raw.send(url, "POST /services/oauth2/token?access_token=" + enc(token) + " HTTP/1.1\r\n"
                    + "Host: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 9999\r\n\r\n"
                    + "grant_type=" + enc(GRANT_JWT) + "&assertion=" + cut)).startsWith("HTTP/1.1 400");
        }

        void revocation() {
            // Revocation takes live access tokens; a refresh token is refused (invalid_token), but sent all the same.
            assertThat(Http.postForm(url + "/services/oauth2/revoke", Map.of("token", enc(refreshToken))).status())
                    .isIn(200, 400);
            String live = accessTokens.get(accessTokens.size() - 1);
            assertThat(Http.get(url + "/services/oauth2/revoke?token=" + enc(live), Map.of()).status()).isEqualTo(200);
        }

        // With a jti, so that a replay is refused (without one Salesforce accepts it again).
        private String assertion(Path signingKey) {
            Map<String, String> claims = OpensslAssertion.claims(consumerKey, username, url);
            claims.put("jti", UUID.randomUUID().toString());
            return OpensslAssertion.sign(signingKey, claims);
        }

        private Http.Response admin(String method, String path, String json) {
            return Raw.json(url + "/admin/api" + path, method, "Bearer " + adminSecret, json);
        }

        private Http.Response token(Map<String, String> form) {
            Map<String, String> encoded = new LinkedHashMap<>();
            form.forEach((k, v) -> encoded.put(k, enc(v)));
            return Http.postForm(url + "/services/oauth2/token", encoded);
        }

        private static Map<String, Object> ok(Http.Response response) {
            assertThat(response.status()).as("%s", response).isEqualTo(200);
            return Json.object(response.body());
        }

        private static String[] form(BrowserlessClient browser, String... more) {
            List<String> fields = new ArrayList<>();
            browser.hiddenFields().forEach((k, v) -> {
                fields.add(k);
                fields.add(v);
            });
            fields.addAll(List.of(more));
            return fields.toArray(String[]::new);
        }

        private static String quote(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
    }
}
