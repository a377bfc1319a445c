package dev.signet.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.SignetServerExtension;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The REST helper against the real server's identity URL and {@code /services/data}. */
class SalesforceApiTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    private final CountingTransport transport = new CountingTransport();
    private String username;
    private CachingTokenSource tokens;
    private SalesforceApi api;

    @BeforeEach
    void newUser() {
        username = server.createUser();
        tokens = SignetTestSupport.client(server, username).transport(transport).build().cachingTokenSource();
        api = SalesforceApi.builder(tokens).transport(transport).build();
    }

    private String identityUrl() {
        return tokens.token().id();
    }

    @Test
    void getWhenIdentityUrlThenUserOfTheToken() {
        JsonNode identity = api.get(identityUrl()).json();

        assertThat(identity.get("username").asText()).isEqualTo(username);
        assertThat(transport.tokenRequests()).isEqualTo(1);
    }

    @Test
    void getWhenPathBelowInstanceThenResolvedAgainstInstanceUrl() {
        HttpResult versions = api.get("/services/data");

        assertThat(versions.json().isArray()).isTrue();
        assertThat(versions.json().get(0).get("url").asText()).startsWith("/services/data/v");
    }

    @Test
    void getWhenSessionRevokedThenInvalidatedAndMintedOnceMore() {
        String identity = identityUrl();
        api.get(identity);
        server.server().admin().deactivate(username);
        server.server().admin().activate(username);

        HttpResult again = api.get(identity);

        assertThat(again.status()).isEqualTo(200);
        assertThat(transport.tokenRequests()).isEqualTo(2);
        assertThat(transport.apiRequests()).isEqualTo(3);
    }

    @Test
    void getWhenSessionRevokedAndReMintRefusedThenTokenErrorWithHint() {
        String identity = identityUrl();
        server.server().admin().deactivate(username);

        JwtBearerException e = catchThrowableOfType(JwtBearerException.class, () -> api.get(identity));

        assertThat(e.description()).isEqualTo("inactive user");
        assertThat(e.hint()).contains("is deactivated");
        assertThat(transport.tokenRequests()).isEqualTo(2);
    }

    @Test
    void getWhenNotFoundThenSalesforceApiExceptionWithStatus() {
        SalesforceApiException e = catchThrowableOfType(SalesforceApiException.class,
                () -> api.get("nothing-here/at-all"));

        assertThat(e.status()).isEqualTo(404);
        assertThat(e.getMessage()).startsWith("GET nothing-here/at-all answered HTTP 404");
        assertThat(e.response().status()).isEqualTo(404);
    }

    @Test
    void sendWhenErrorStatusThenReturnedNotThrown() {
        HttpResult result = api.send("get", "/services/data/v62.0/nothing-here", Map.of(), null);

        assertThat(result.status()).isEqualTo(404);
        assertThat(result.isSuccess()).isFalse();
    }

    @Test
    void sendWhenOtherHostThenRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> api.get("https://evil.example/services/data"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refusing to send the access token to https://evil.example");
        assertThat(transport.apiRequests()).isZero();
    }

    @Test
    void sendWhenAuthorizationHeaderGivenThenRefused() {
        assertThatThrownBy(() -> api.send("GET", "/services/data", Map.of("authorization", "Bearer x"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resolveWhenRelativePathThenBelowVersionedDataPath() {
        SalesforceApi v60 = SalesforceApi.builder(tokens).apiVersion("v60.0").build();
        TokenResponse token = new TokenResponse("t", null, "https://acme.my.salesforce.com/", null, "Bearer", null, null);

        assertThat(v60.resolve(token, "sobjects/Account"))
                .isEqualTo(URI.create("https://acme.my.salesforce.com/services/data/v60.0/sobjects/Account"));
        assertThat(v60.resolve(token, "/services/data"))
                .isEqualTo(URI.create("https://acme.my.salesforce.com/services/data"));
    }

    @Test
    void builderWhenBadVersionThenRejected() {
        assertThatThrownBy(() -> SalesforceApi.builder(tokens).apiVersion("latest"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("62.0");
    }

    @Test
    void toStringWhenTokenCachedThenNoToken() {
        TokenResponse token = tokens.token();

        assertThat(api.toString()).contains("apiVersion=62.0").doesNotContain(token.accessToken());
        assertThat(api.get("/services/data").toString()).doesNotContain("services/data/v");
    }
}
