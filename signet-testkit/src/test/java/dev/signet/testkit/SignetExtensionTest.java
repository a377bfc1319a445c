package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.client.JwtBearerClient;
import dev.signet.client.JwtBearerException;
import dev.signet.client.SalesforceApi;
import dev.signet.client.SalesforceApiException;
import dev.signet.client.SigningKeys;
import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.model.LoginEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension with a declared org, driven with Signet's own client as an integration would. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignetExtensionTest {
    static final String ADA = "ada@acme.test";
    static final String BOB = "bob@acme.test";

    @RegisterExtension
    static final SignetExtension SIGNET = SignetExtension.builder()
            .app("orders", app -> app.profiles("Integration"))
            .app("portal", AppSpec::selfAuthorize)
            .user(ADA, user -> user.profile("Integration").name("Ada", "Lovelace"))
            .user(BOB, user -> user.profile("Integration"))
            .approval("portal", BOB)
            .record("Account", Map.of("Name", "Acme"))
            .build();

    @Test
    @Order(1)
    void clientWhenDeclaredOrgThenQueriesItsAccounts(Signet signet) {
        SalesforceApi api = SalesforceApi.builder(client(signet, ADA).build().cachingTokenSource()).build();

        List<JsonNode> accounts = api.query("SELECT Name FROM Account");

        assertThat(accounts).extracting(a -> a.path("Name").asText()).containsExactly("Acme");
        signet.insert("Account", Map.of("Name", "Globex"));
        signet.createUser("carol@acme.test", user -> user);
        assertThat(api.query("SELECT Name FROM Account")).hasSize(2);
    }

    @Test
    @Order(2)
    void resetWhenTestChangedTheOrgThenDeclaredOrgIsBack(Signet signet) {
        assertThat(signet.server().admin().users()).extracting(u -> u.username()).containsExactlyInAnyOrder(ADA, BOB);
        assertThat(signet.loginHistory()).isEmpty();
        SalesforceApi api = SalesforceApi.builder(client(signet, ADA).build()::requestToken).build();
        assertThat(api.query("SELECT Name FROM Account")).hasSize(1);
    }

    @Test
    void clientWhenKeyFromPkcs12OrJksThenGetsToken(Signet signet) {
        TestApp orders = signet.app("orders");
        char[] password = TestApp.KEYSTORE_PASSWORD.toCharArray();

        TokenResponse fromP12 = client(signet, ADA).signingKey(SigningKeys.keyStore(orders.pkcs12(), password,
                TestApp.KEY_ALIAS, password)).build().requestToken();
        TokenResponse fromJks = client(signet, ADA).signingKey(SigningKeys.keyStore(orders.jks(), password,
                TestApp.KEY_ALIAS, password)).build().requestToken();
        TokenResponse fromPem = client(signet, ADA).signingKey(SigningKeys.pem(orders.privateKeyPem(), null))
                .build().requestToken();

        assertThat(List.of(fromP12, fromJks, fromPem)).allSatisfy(t -> assertThat(t.accessToken()).isNotBlank());
    }

    @Test
    void tokenWhenUserFrozenThenRefusedAndLoginHistorySaysWhy(Signet signet) {
        signet.freeze(ADA);

        assertThatThrownBy(() -> client(signet, ADA).build().requestToken())
                .isInstanceOfSatisfying(JwtBearerException.class, e -> assertThat(e.error()).isEqualTo("invalid_grant"));
        LoginEvent attempt = signet.loginHistory().get(0);
        assertThat(attempt.username()).isEqualTo(ADA);
        assertThat(attempt.success()).isFalse();
        assertThat(attempt.reason()).containsIgnoringCase("frozen");
    }

    @Test
    void tokenWhenSelfAuthorizeAppThenOnlyApprovedUserGetsOne(Signet signet) {
        TestApp portal = signet.app("portal");

        assertThat(signet.token(portal, BOB)).isNotBlank();
        assertThat(signet.tokenRequest(signet.mintAssertion(portal, ADA)).statusCode()).isEqualTo(400);
    }

    @Test
    void apiWhenTokenRevokedThenInvalidSession(Signet signet) {
        String token = signet.token(ADA);
        signet.revoke(token);

        assertThatThrownBy(() -> SalesforceApi.builder(() -> bearer(signet, token)).build().query("SELECT Id FROM Account"))
                .isInstanceOfSatisfying(SalesforceApiException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(SalesforceApiException.INVALID_SESSION_ID));
    }

    @Test
    void apiWhenClockPassesSessionTimeoutThenTokenExpired(Signet signet) {
        String token = signet.token(ADA);
        signet.clock().advance(Duration.ofMinutes(121));

        assertThatThrownBy(() -> SalesforceApi.builder(() -> bearer(signet, token)).build().query("SELECT Id FROM Account"))
                .isInstanceOfSatisfying(SalesforceApiException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void insertWhenRecordGivenThenReadBackWithSystemFields(Signet signet) {
        String id = signet.insert("Contact", Map.of("LastName", "Hopper", "Email", "grace@acme.test"));

        Map<String, Object> contact = signet.read("Contact", id);

        assertThat(contact).containsEntry("LastName", "Hopper").containsEntry("Id", id).containsKey("CreatedDate");
    }

    static JwtBearerClient.Builder client(Signet signet, String username) {
        TestApp app = signet.app("orders");
        return JwtBearerClient.builder().loginUrl(signet.url()).clientId(app.consumerKey()).username(username)
                .privateKey(app.privateKey()).clock(signet.clock());
    }

    // A token source that hands out one given token, as a client holding it would.
    static TokenResponse bearer(Signet signet, String token) {
        return new TokenResponse(token, "api", signet.url(), null, "Bearer", null, null);
    }
}
