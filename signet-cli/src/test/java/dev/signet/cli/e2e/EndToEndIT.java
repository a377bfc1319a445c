package dev.signet.cli.e2e;

import static dev.signet.cli.e2e.Json.str;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole flow through real processes, as a reader of the Salesforce tutorials would run it: the
 * server is {@code java -jar signet-cli.jar server}, keys come from {@code openssl}, apps and users
 * are registered with {@code signet admin …}, assertions are signed with {@code openssl dgst} and
 * exchanged with {@code curl} (java.net.http when curl is missing), and the client library is
 * exercised through {@code signet token}. One server serves the whole class; the restart test
 * runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {
    static final String PROFILE = "Integration Profile";
    static final String USERNAME = "integration@acme.example";
    static final String APP_NAME = "Acme Integration";
    static final String KEY_PASSWORD = "x";
    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final String INVALID_SESSION =
            "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]";
    static final String INVALID_ASSERTION = "{\"error\":\"invalid_grant\",\"error_description\":\"invalid assertion\"}";
    static final String INACTIVE_USER = "{\"error\":\"invalid_grant\",\"error_description\":\"inactive user\"}";
    static final String AUDIENCE_INVALID = "{\"error\":\"invalid_grant\",\"error_description\":\"audience is invalid\"}";
    static final String EXPIRED =
            "{\"error\":\"invalid_grant\",\"error_description\":\"expired authorization code\"}";
    static final String UNKNOWN_CLIENT =
            "{\"error\":\"invalid_client_id\",\"error_description\":\"client identifier invalid\"}";
    static final String NOT_ADMIN_APPROVED =
            "{\"error\":\"invalid_app_access\",\"error_description\":\"user is not admin approved to access this app\"}";
    static final String NOT_APPROVED =
            "{\"error\":\"invalid_grant\",\"error_description\":\"user hasn't approved this consumer\"}";
    /** sfdx-core's access-token pattern, anchored: 15-char org id, '!', then [.\w]. */
    static final Pattern ACCESS_TOKEN = Pattern.compile("00D\\w{12}![.\\w]+");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path tmp;

    static ServerProcess server;
    /** server.pass.key, server.key, server.csr and server.crt, made by openssl as in the tutorials. */
    static Path keys;
    static String consumerKey;
    static String userId;

    @RegisterExtension
    static final ServerProcess.LogOnFailure LOG_ON_FAILURE = new ServerProcess.LogOnFailure(() -> {
        List<ServerProcess> servers = new ArrayList<>();
        servers.add(server);
        return servers;
    });

    @BeforeAll
    static void startServerAndRegisterAppAndUser() throws IOException {
        keys = Files.createDirectories(tmp.resolve("keys"));
        Openssl.requireInstalled(tmp);
        server = ServerProcess.start(tmp.resolve("data"));
        Openssl.tutorialKeyPair(keys, KEY_PASSWORD);
        consumerKey = createApp(APP_NAME, keys.resolve("server.crt"), "--profile", PROFILE);
        userId = str(createUser(USERNAME), "id");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    // --- token endpoint with a hand-made, openssl-signed assertion -----------------------------

    @Test
    void tokenWhenOpensslSignedAssertionThenAccessToken() {
        Http.Response response = login(keys.resolve("server.key"), consumerKey, USERNAME);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertTokenResponse(Json.object(response.body()));
    }

    // --- the client library, through `signet token` ----------------------------------------------

    @Test
    void tokenWhenCliWithDes3EncryptedKeyAndPasswordThenAccessToken() {
        Processes.Result result = ok(server.cli("token", "--login-url", server.url(), "--client-id", consumerKey,
                "--username", USERNAME, "--key", keys.resolve("server.pass.key").toString(), "--key-password",
                KEY_PASSWORD, "--json", "--show-token"));

        Map<String, Object> token = Json.object(result.stdout());
        assertTokenResponse(token);
        assertThat(Http.getWithBearer(str(token, "id"), str(token, "access_token")).status())
                .as("the token the CLI printed works").isEqualTo(200);
    }

    @Test
    void tokenWhenCliWithDecryptedKeyThenSummaryWithRedactedToken() {
        Processes.Result result = ok(server.cli("token", "--login-url", server.url(), "--client-id", consumerKey,
                "--username", USERNAME, "--key", keys.resolve("server.key").toString()));

        assertThat(result.stdout()).contains("instance_url  " + server.url(), "token_type    Bearer")
                .containsPattern("id +" + Pattern.quote(server.url()) + "/id/00D\\w{15}/" + userId)
                .containsPattern("access_token +00D\\w{12}!… \\(use --show-token to print it\\)");
        assertThat(ACCESS_TOKEN.matcher(result.stdout()).find()).as("full token printed without --show-token")
                .isFalse();
    }

    @Test
    void tokenWhenCliWithTraditionalPkcs1KeysOfOpenssl1TutorialsThenAccessToken() {
        // What `genrsa -des3` and `rsa` wrote before OpenSSL 3: BEGIN RSA PRIVATE KEY, with
        // Proc-Type/DEK-Info headers when encrypted. Same key pair, so the same app verifies it.
        Openssl.run(keys, "rsa", "-traditional", "-des3", "-passout", "pass:" + KEY_PASSWORD, "-in", "server.key",
                "-out", "server.traditional.pass.key");
        Openssl.run(keys, "rsa", "-traditional", "-in", "server.key", "-out", "server.traditional.key");
        assertThat(keys.resolve("server.traditional.pass.key")).content()
                .startsWith("-----BEGIN RSA PRIVATE KEY-----").contains("Proc-Type: 4,ENCRYPTED");
        assertThat(keys.resolve("server.traditional.key")).content().startsWith("-----BEGIN RSA PRIVATE KEY-----");

        Processes.Result encrypted = server.cli("token", "--login-url", server.url(), "--client-id", consumerKey,
                "--username", USERNAME, "--key", keys.resolve("server.traditional.pass.key").toString(),
                "--key-password", KEY_PASSWORD, "--json", "--show-token");
        Processes.Result plain = server.cli("token", "--login-url", server.url(), "--client-id", consumerKey,
                "--username", USERNAME, "--key", keys.resolve("server.traditional.key").toString(), "--json",
                "--show-token");

        assertTokenResponse(Json.object(ok(encrypted).stdout()));
        assertTokenResponse(Json.object(ok(plain).stdout()));
    }

    @Test
    void tokenWhenCliWithWrongKeyPasswordThenExit1() {
        Processes.Result result = server.cli("token", "--login-url", server.url(), "--client-id", consumerKey,
                "--username", USERNAME, "--key", keys.resolve("server.pass.key").toString(), "--key-password",
                "not-" + KEY_PASSWORD);

        assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("error:", "server.pass.key").containsIgnoringCase("password");
    }

    // --- resource server ------------------------------------------------------------------------

    @Test
    void identityWhenBearerHeaderThenUserAndOrg() {
        Map<String, Object> token = tokenFor(keys.resolve("server.key"), consumerKey, USERNAME);

        Http.Response identity = Http.getWithBearer(str(token, "id"), str(token, "access_token"));

        assertThat(identity.status()).as("%s", identity).isEqualTo(200);
        assertIdentity(Json.object(identity.body()), str(token, "id"), USERNAME);
    }

    @Test
    void identityWhenOauthTokenQueryParameterThenUserAndOrg() {
        Map<String, Object> token = tokenFor(keys.resolve("server.key"), consumerKey, USERNAME);

        Http.Response identity = Http.getWithOauthTokenParameter(str(token, "id"), str(token, "access_token"));

        assertThat(identity.status()).as("%s", identity).isEqualTo(200);
        assertIdentity(Json.object(identity.body()), str(token, "id"), USERNAME);
    }

    @Test
    void servicesDataWhenGetThenVersionsListed() {
        Http.Response response = Http.get(server.url() + "/services/data");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        List<Map<String, Object>> versions = Json.arrayOfObjects(response.body());
        assertThat(versions).isNotEmpty();
        for (Map<String, Object> v : versions) {
            assertThat(str(v, "version")).matches("[1-9]\\d\\.0");
            assertThat(str(v, "url")).isEqualTo("/services/data/v" + str(v, "version"));
            assertThat(str(v, "label")).isNotBlank();
        }
    }

    @Test
    void identityWhenUnknownTokenThen401InvalidSession() {
        Map<String, Object> token = tokenFor(keys.resolve("server.key"), consumerKey, USERNAME);
        String unknown = str(token, "access_token").substring(0, 16) + "NotIssuedByThisServer";

        Http.Response bearer = Http.getWithBearer(str(token, "id"), unknown);
        Http.Response parameter = Http.getWithOauthTokenParameter(str(token, "id"), unknown);

        assertThat(bearer.status()).as("%s", bearer).isEqualTo(401);
        assertThat(bearer.body()).isEqualTo(INVALID_SESSION);
        assertThat(parameter.status()).as("%s", parameter).isEqualTo(401);
        assertThat(parameter.body()).isEqualTo(INVALID_SESSION);
    }

    // --- error paths ----------------------------------------------------------------------------

    @Test
    void tokenWhenAssertionSignedByAnotherKeyThenInvalidAssertion() {
        Path otherKey = Openssl.genrsa(keys, "other.key");

        Http.Response response = login(otherKey, consumerKey, USERNAME);

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.body()).isEqualTo(INVALID_ASSERTION);
    }

    @Test
    void tokenWhenAudienceIsLoginSalesforceComThenAccepted() {
        // The tutorials' aud; accepted by default besides the server's own URL.
        Http.Response response = exchange(OpensslAssertion.sign(keys.resolve("server.key"),
                OpensslAssertion.claims(consumerKey, USERNAME, "https://login.salesforce.com")));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertTokenResponse(Json.object(response.body()));
    }

    @Test
    void tokenWhenAudienceIsAnotherUrlThenAudienceIsInvalid() {
        Http.Response response = exchange(OpensslAssertion.sign(keys.resolve("server.key"),
                OpensslAssertion.claims(consumerKey, USERNAME, "https://acme.example")));

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.body()).isEqualTo(AUDIENCE_INVALID);
    }

    @Test
    void tokenWhenExpTenMinutesAgoThenExpiredAuthorizationCode() {
        Map<String, String> claims = OpensslAssertion.claims(consumerKey, USERNAME, server.url());
        claims.put("exp", String.valueOf(Instant.now().minusSeconds(600).getEpochSecond()));

        Http.Response response = exchange(OpensslAssertion.sign(keys.resolve("server.key"), claims));

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.body()).isEqualTo(EXPIRED);
    }

    @Test
    void tokenWhenIssuerIsNoConsumerKeyThenClientIdentifierInvalid() {
        Http.Response response = login(keys.resolve("server.key"), "3MVG9NotAConsumerKeyOfThisServer", USERNAME);

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.body()).isEqualTo(UNKNOWN_CLIENT);
    }

    @Test
    void tokenWhenUserProfileNotPreAuthorizedThenInvalidAppAccess() {
        String outsider = "outsider@acme.example";
        ok(server.cli("admin", "user", "create", "--username", outsider, "--profile", "Standard User"));

        Http.Response response = login(keys.resolve("server.key"), consumerKey, outsider);

        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.body()).isEqualTo(NOT_ADMIN_APPROVED);
    }

    @Test
    void tokenWhenUserDeactivatedThenInactiveUserAndOldTokenRevoked() {
        String leaver = "leaver@acme.example";
        createUser(leaver);
        Map<String, Object> before = tokenFor(keys.resolve("server.key"), consumerKey, leaver);
        String idUrl = str(before, "id");
        String token = str(before, "access_token");
        assertThat(Http.getWithBearer(idUrl, token).status()).isEqualTo(200);

        ok(server.cli("admin", "user", "deactivate", "--username", leaver));
        Http.Response login = login(keys.resolve("server.key"), consumerKey, leaver);
        Http.Response oldToken = Http.getWithBearer(idUrl, token);

        assertThat(login.status()).as("%s", login).isEqualTo(400);
        assertThat(login.body()).isEqualTo(INACTIVE_USER);
        assertThat(oldToken.status()).as("%s", oldToken).isEqualTo(401);
        assertThat(oldToken.body()).isEqualTo(INVALID_SESSION);
    }

    @Test
    void loginHistoryWhenSuccessBadSignatureAndInactiveUserThenEachListedWithStatusAndReason() {
        String audited = "audited@acme.example";
        createUser(audited);
        assertThat(login(keys.resolve("server.key"), consumerKey, audited).status()).isEqualTo(200);
        assertThat(login(Openssl.genrsa(keys, "stranger.key"), consumerKey, audited).status()).isEqualTo(400);
        ok(server.cli("admin", "user", "deactivate", "--username", audited));
        assertThat(login(keys.resolve("server.key"), consumerKey, audited).status()).isEqualTo(400);

        List<Map<String, Object>> entries = historyOf(audited);

        assertThat(entries).as("newest first: inactive user, bad signature, success").hasSize(3);
        assertThat(entries).extracting(e -> str(e, "status"))
                .containsExactly("User is Inactive", "Failed: Invalid assertion", "Success");
        assertThat(str(entries.get(0), "reason")).containsIgnoringCase("deactivated");
        assertThat(str(entries.get(1), "reason")).containsIgnoringCase("signature");
        assertThat(str(entries.get(2), "reason")).isNotBlank();
        assertThat(entries).extracting(e -> Instant.parse(str(e, "time")))
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        for (Map<String, Object> e : entries) {
            assertThat(str(e, "application")).isEqualTo(APP_NAME);
            assertThat(str(e, "sourceIp")).isEqualTo("127.0.0.1");
            assertThat(str(e, "loginUrl")).isEqualTo(server.url());
            if (Http.usesCurl()) {
                assertThat(str(e, "userAgent")).startsWith("curl/");
            }
        }
    }

    // --- self-authorize apps --------------------------------------------------------------------

    @Test
    void tokenWhenSelfAuthorizeAppNotApprovedThenRefusedUntilAdminApproves() {
        String selfAuthorizeKey = createApp("Acme Self-Authorize", keys.resolve("server.crt"), "--self-authorize");

        Http.Response refused = login(keys.resolve("server.key"), selfAuthorizeKey, USERNAME);
        ok(server.cli("admin", "app", "approve", "--app", selfAuthorizeKey, "--user", USERNAME));
        Http.Response approved = login(keys.resolve("server.key"), selfAuthorizeKey, USERNAME);

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.body()).isEqualTo(NOT_APPROVED);
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertTokenResponse(Json.object(approved.body()));
    }

    // --- keygen instead of openssl --------------------------------------------------------------

    @Test
    void keygenWhenCertificateRegisteredThenTokenWithPemKeyAndWithPkcs12() {
        Path dir = tmp.resolve("keygen");
        ok(server.cli("keygen", "--out", dir.toString(), "--p12-password", "pw"));
        assertThat(dir.resolve("server.key")).isRegularFile();
        assertThat(dir.resolve("server.crt")).isRegularFile();
        assertThat(dir.resolve("server.p12")).isRegularFile();
        String key = createApp("Keygen App", dir.resolve("server.crt"), "--profile", PROFILE);

        Processes.Result pem = server.cli("token", "--login-url", server.url(), "--client-id", key, "--username",
                USERNAME, "--key", dir.resolve("server.key").toString(), "--json", "--show-token");
        Processes.Result p12 = server.cli("token", "--login-url", server.url(), "--client-id", key, "--username",
                USERNAME, "--key", dir.resolve("server.p12").toString(), "--key-password", "pw", "--json",
                "--show-token");

        assertTokenResponse(Json.object(ok(pem).stdout()));
        assertTokenResponse(Json.object(ok(p12).stdout()));
    }

    // --- restart --------------------------------------------------------------------------------

    @Test
    @Order(Integer.MAX_VALUE)
    void restartWhenSameDataDirThenAppsUsersApprovalsHistoryAndTokensSurvive() {
        String selfAuthorizeKey = createApp("Acme Restart Self-Authorize", keys.resolve("server.crt"),
                "--self-authorize");
        ok(server.cli("admin", "app", "approve", "--app", selfAuthorizeKey, "--user", USERNAME));
        assertThat(login(keys.resolve("server.key"), selfAuthorizeKey, USERNAME).status()).isEqualTo(200);
        Map<String, Object> token = tokenFor(keys.resolve("server.key"), consumerKey, USERNAME);
        String idPath = str(token, "id").substring(server.url().length());
        Instant beforeRestart = Instant.now();
        String oldUrl = server.url();

        int exit = server.stop();
        assertThat(exit).as("stopped by SIGTERM, not killed").isNotEqualTo(-1);
        assertThat(server.dataDir().resolve("server.json")).as("removed on a clean stop").doesNotExist();
        server.restart();

        String newUrl = server.url();
        assertThat(newUrl).startsWith("http://127.0.0.1:");
        List<Map<String, Object>> apps = Json.arrayOfObjects(ok(server.cli("admin", "app", "list", "--json")).stdout());
        assertThat(apps).extracting(a -> str(a, "consumerKey")).contains(consumerKey, selfAuthorizeKey);
        List<Map<String, Object>> users = Json.arrayOfObjects(ok(server.cli("admin", "user", "list", "--json")).stdout());
        assertThat(users).extracting(u -> str(u, "username")).contains(USERNAME);
        Http.Response selfAuthorized = login(keys.resolve("server.key"), selfAuthorizeKey, USERNAME);
        assertThat(selfAuthorized.status()).as("the approval survived: %s", selfAuthorized).isEqualTo(200);
        List<Map<String, Object>> history = historyOf(USERNAME);
        assertThat(history).as("login history from before the restart (old URL %s)", oldUrl)
                .anySatisfy(e -> {
                    assertThat(Instant.parse(str(e, "time"))).isBefore(beforeRestart);
                    assertThat(str(e, "status")).isEqualTo("Success");
                    assertThat(str(e, "application")).isEqualTo("Acme Restart Self-Authorize");
                })
                .anySatisfy(e -> {
                    assertThat(Instant.parse(str(e, "time"))).isAfter(beforeRestart);
                    assertThat(str(e, "loginUrl")).isEqualTo(newUrl);
                });
        Http.Response identity = Http.getWithBearer(newUrl + idPath, str(token, "access_token"));
        assertThat(identity.status()).as("the token issued before the restart: %s", identity).isEqualTo(200);
        assertIdentity(Json.object(identity.body()), newUrl + idPath, USERNAME);
    }

    // --- helpers --------------------------------------------------------------------------------

    /** {@code admin app create --name NAME --cert CERT OPTIONS…}; returns the consumer key (stdout's first line). */
    static String createApp(String name, Path cert, String... options) {
        List<String> args = new ArrayList<>(List.of("admin", "app", "create", "--name", name, "--cert",
                cert.toString()));
        args.addAll(List.of(options));
        String key = ok(server.cli(args.toArray(String[]::new))).firstLine();
        assertThat(key).as("consumer key").matches("[A-Za-z0-9._]{20,}");
        return key;
    }

    /** {@code admin user create --username U --profile "Integration Profile" --json}. */
    static Map<String, Object> createUser(String username) {
        Map<String, Object> user = Json.object(ok(server.cli("admin", "user", "create", "--username", username,
                "--profile", PROFILE, "--json")).stdout());
        assertThat(str(user, "username")).isEqualTo(username);
        assertThat(str(user, "id")).matches("005\\w{15}");
        return user;
    }

    /** Signs an assertion with openssl (aud = the server's URL) and POSTs it to the token endpoint. */
    static Http.Response login(Path key, String issuer, String subject) {
        return exchange(OpensslAssertion.sign(key, issuer, subject, server.url()));
    }

    /** {@code curl -s -X POST URL/services/oauth2/token -d grant_type=… -d assertion=…}. */
    static Http.Response exchange(String assertion) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", GRANT_TYPE);
        form.put("assertion", assertion);
        return Http.postForm(server.url() + "/services/oauth2/token", form);
    }

    /** {@link #login}, which must succeed; the token response. */
    static Map<String, Object> tokenFor(Path key, String issuer, String subject) {
        Http.Response response = login(key, issuer, subject);
        assertThat(response.status()).as("login of %s: %s", subject, response).isEqualTo(200);
        return Json.object(response.body());
    }

    /** {@code admin login-history --json}: the entries of one user, newest first. */
    static List<Map<String, Object>> historyOf(String username) {
        List<Map<String, Object>> all = Json.arrayOfObjects(
                ok(server.cli("admin", "login-history", "--json", "--limit", "500")).stdout());
        return all.stream().filter(e -> username.equals(str(e, "username"))).toList();
    }

    /** The success response of spec §4, for the main user, issued by the running server. */
    static void assertTokenResponse(Map<String, Object> token) {
        String url = server.url();
        assertThat(str(token, "token_type")).isEqualTo("Bearer");
        assertThat(str(token, "instance_url")).isEqualTo(url);
        assertThat(str(token, "scope").split(" ")).as("scope").contains("api", "id");
        assertThat(token.containsKey("refresh_token")).as("no refresh_token in the JWT bearer flow").isFalse();
        Matcher id = Pattern.compile(Pattern.quote(url) + "/id/(00D\\w{15})/(005\\w{15})").matcher(str(token, "id"));
        assertThat(id.matches()).as("id = URL/id/ORG18/USER18: %s", str(token, "id")).isTrue();
        assertThat(id.group(2)).isEqualTo(userId);
        String accessToken = str(token, "access_token");
        assertThat(ACCESS_TOKEN.matcher(accessToken).matches()).as("access_token looks like 00D…!…").isTrue();
        assertThat(accessToken.substring(0, 16)).as("the token starts with the 15-char org id and '!'")
                .isEqualTo(id.group(1).substring(0, 15) + "!");
    }

    static void assertIdentity(Map<String, Object> identity, String idUrl, String username) {
        Matcher id = Pattern.compile(".*/id/(00D\\w{15})/(005\\w{15})").matcher(idUrl);
        assertThat(id.matches()).as(idUrl).isTrue();
        assertThat(str(identity, "id")).isEqualTo(idUrl);
        assertThat(str(identity, "organization_id")).isEqualTo(id.group(1));
        assertThat(str(identity, "user_id")).isEqualTo(id.group(2));
        assertThat(str(identity, "username")).isEqualTo(username);
        assertThat(identity.get("active")).isEqualTo(Boolean.TRUE);
    }

    /** The process exited 0; its output is in the failure message otherwise. */
    static Processes.Result ok(Processes.Result result) {
        assertThat(result.exitCode()).as("exit code of\n%s", result).isZero();
        return result;
    }
}
