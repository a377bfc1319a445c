package dev.signet.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.signet.core.keys.TestKeys;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.model.ConnectedApp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each common mistake, made against the real server, gets its error code and its hint. */
class ServerErrorHintsTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder()
            .config(b -> b.extraAudiences(List.of(LoginUrls.PRODUCTION))).build();

    private static JwtBearerException refused(JwtBearerClient.Builder client) {
        return catchThrowableOfType(JwtBearerException.class, () -> client.build().requestToken());
    }

    @Test
    void requestTokenWhenKeyDoesNotMatchCertificateThenInvalidAssertionHint() {
        JwtBearerException e = refused(SignetTestSupport.client(server).privateKey(TestKeys.otherKey()));

        assertThat(e.error()).isEqualTo("invalid_grant");
        assertThat(e.description()).isEqualTo("invalid assertion");
        assertThat(e.hint()).contains("private key doesn't match the certificate");
    }

    @Test
    void requestTokenWhenLocalClockBehindThenExpiredHintWithServerOffset() {
        Clock slow = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));

        JwtBearerException e = refused(SignetTestSupport.client(server).clock(slow));

        assertThat(e.description()).isEqualTo("expired authorization code");
        assertThat(e.hint()).contains("is in the past for the server", "check the local clock",
                "ahead of this machine's");
    }

    @Test
    void requestTokenWhenUnknownUserThenNotApprovedHint() {
        JwtBearerException e = refused(SignetTestSupport.client(server, "nobody@signet.test"));

        assertThat(e.error()).isEqualTo("invalid_grant");
        assertThat(e.description()).isEqualTo("user hasn't approved this consumer");
        assertThat(e.hint()).contains("the user nobody@signet.test doesn't exist in the org");
    }

    @Test
    void requestTokenWhenSandboxAudienceAgainstProductionThenAudienceHintNamesTheSwap() {
        JwtBearerException e = refused(SignetTestSupport.client(server).audience(LoginUrls.SANDBOX));

        assertThat(e.description()).isEqualTo("audience is invalid");
        assertThat(e.hint()).startsWith("aud is the sandbox audience (https://test.salesforce.com)")
                .contains("for a production or Developer Edition org use https://login.salesforce.com");
    }

    @Test
    void requestTokenWhenAppDoesNotPreAuthorizeUserThenAppAccessHint() {
        String outsider = SignetTestSupport.userWithOtherProfile(server);

        JwtBearerException e = refused(SignetTestSupport.client(server, outsider));

        assertThat(e.error()).isEqualTo("invalid_app_access");
        assertThat(e.hint()).contains("Admin approved users are pre-authorized", "the user " + outsider,
                "Manage Profiles");
    }

    @Test
    void requestTokenWhenSelfAuthorizeAppNotApprovedThenApprovalHint() {
        ConnectedApp selfAuthorize = server.createApp(a -> a.toBuilder().selfAuthorize(true).build());

        JwtBearerException e = refused(SignetTestSupport.client(server, selfAuthorize, server.user()));

        assertThat(e.description()).isEqualTo("user hasn't approved this consumer");
        assertThat(e.hint()).contains("All users may self-authorize", "/services/oauth2/authorize?response_type=code"
                + "&client_id=" + selfAuthorize.consumerKey());
    }

    @Test
    void requestTokenWhenUnknownConsumerKeyThenClientIdHint() {
        JwtBearerException e = refused(SignetTestSupport.client(server).clientId("3MVG9unknown"));

        assertThat(e.error()).isEqualTo("invalid_client_id");
        assertThat(e.hint()).contains("consumer key", "iss=3MVG9unknown");
    }

    @Test
    void requestTokenWhenUserDeactivatedThenInactiveUserHint() {
        String user = server.createUser();
        server.server().admin().deactivate(user);

        JwtBearerException e = refused(SignetTestSupport.client(server, user));

        assertThat(e.description()).isEqualTo("inactive user");
        assertThat(e.hint()).contains("the user " + user + " is deactivated");
    }

    @Test
    void requestTokenWhenWrongPathThenHttpStatusHint() {
        JwtBearerException e = refused(SignetTestSupport.client(server)
                .tokenEndpoint(java.net.URI.create(server.baseUrl() + "/services/oauth2/tokens")));

        assertThat(e.error()).isEqualTo("ERROR_HTTP_404");
        assertThat(e.hint()).contains("a 404 means a wrong URL");
    }

    @Test
    void messageWhenRefusedThenNoAssertionOrKeyMaterial() {
        JwtBearerException e = refused(SignetTestSupport.client(server, "nobody@signet.test"));

        assertThat(e.getMessage()).isEqualTo("invalid_grant: user hasn't approved this consumer");
        assertThat(e.hint()).doesNotContain("eyJ");
    }
}
