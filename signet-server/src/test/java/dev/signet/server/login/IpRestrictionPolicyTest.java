package dev.signet.server.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestServer;
import dev.signet.server.admin.AdminException;
import dev.signet.server.admin.AppPolicies;
import dev.signet.server.admin.NewUser;
import dev.signet.server.model.ConnectedApp;
import dev.signet.server.model.IpRelaxation;
import dev.signet.server.model.LoginEvent;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Profile login IP ranges and the app's IP relaxation at the token endpoint (JWT bearer). */
class IpRestrictionPolicyTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    @Test
    void rangeWhenParsedThenMatchesItsFamilyOnly() {
        IpAddressRange v4 = IpAddressRange.parse("10.0.0.0", "10.0.255.255");
        assertThat(v4.contains("10.0.3.4")).isTrue();
        assertThat(v4.contains("10.1.0.0")).isFalse();
        assertThat(v4.contains("::ffff:10.0.3.4")).isTrue();
        assertThat(v4.contains("::1")).isFalse();
        assertThat(v4.contains("not-an-ip")).isFalse();
        IpAddressRange v6 = IpAddressRange.parse("2001:db8::", "2001:db8::ffff");
        assertThat(v6.contains("[2001:db8::1]")).isTrue();
        assertThat(v6.contains("2001:db9::1")).isFalse();
    }

    @Test
    void rangeWhenMalformedThenRefusedWithoutDnsLookup() {
        assertThatThrownBy(() -> IpAddressRange.parse("example.com", "10.0.0.1")).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> IpAddressRange.parse("10.0.0.300", "10.0.0.1")).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> IpAddressRange.parse("10.0.0.9", "10.0.0.1")).hasMessageContaining("is after");
        assertThatThrownBy(() -> IpAddressRange.parse("10.0.0.1", "::1")).hasMessageContaining("must both be IPv4");
        assertThatThrownBy(() -> server.server().administration().ipRanges().add("P", "localhost", null, null))
                .isInstanceOf(AdminException.class);
    }

    @Test
    void tokenWhenCallerOutsideProfileRangesThenIpRestrictedAndLoginHistoryRestrictedIp() {
        String profile = "Office " + UUID.randomUUID();
        ConnectedApp app = server.createApp(a -> a.toBuilder().profiles(Set.of(profile)).build());
        String username = user(profile);
        server.server().administration().ipRanges().add(profile, "198.51.100.0", "198.51.100.255", "office");

        HttpResponse<String> refused = server.token(server.assertion(app, username).build());

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = TestServer.json(refused);
        assertThat(body.get("error").asText()).isEqualTo("invalid_grant");
        assertThat(body.get("error_description").asText()).isEqualTo("IP restricted or invalid login hours");
        LoginEvent event = server.server().admin().loginHistory(1).get(0);
        assertThat(event.status()).isEqualTo("Restricted IP");
        assertThat(event.reason()).contains("outside the login IP ranges of profile '" + profile + "'",
                "198.51.100.0-198.51.100.255", "ENFORCE");
    }

    @Test
    void tokenWhenAppRelaxesIpRestrictionsOrRangeIncludesCallerThenSuccess() {
        String profile = "Office " + UUID.randomUUID();
        ConnectedApp app = server.createApp(a -> a.toBuilder().profiles(Set.of(profile)).build());
        String username = user(profile);
        server.server().administration().ipRanges().add(profile, "198.51.100.0", "198.51.100.255", null);
        server.server().administration().apps().setPolicies(app.consumerKey(),
                new AppPolicies(null, IpRelaxation.BYPASS, null, null));
        assertThat(server.token(server.assertion(app, username).build()).statusCode()).isEqualTo(200);

        server.server().administration().apps().setPolicies(app.consumerKey(),
                new AppPolicies(null, IpRelaxation.ENFORCE_RELAXREFRESH, null, null));
        assertThat(server.token(server.assertion(app, username).build()).statusCode()).isEqualTo(400);

        server.server().administration().ipRanges().add(profile, "127.0.0.1", "127.0.0.1", "loopback");
        assertThat(server.token(server.assertion(app, username).build()).statusCode()).isEqualTo(200);
    }

    @Test
    void relaxationWhenRefreshTokenThenOnlyRelaxRefreshAndBypassSkipRanges() {
        assertThat(IpRelaxation.ENFORCE.enforcesOn(true)).isTrue();
        assertThat(IpRelaxation.ENFORCE_RELAXREFRESH.enforcesOn(true)).isFalse();
        assertThat(IpRelaxation.ENFORCE_RELAXREFRESH.enforcesOn(false)).isTrue();
        assertThat(IpRelaxation.BYPASS.enforcesOn(false)).isFalse();
        assertThat(IpRelaxation.BYPASS_2FACTOR.enforcesOn(false)).isTrue();
    }

    static String user(String profile) {
        String username = "ip-" + UUID.randomUUID() + "@signet.test";
        server.server().admin().createUser(new NewUser(username, null, null, "User", profile, Set.of()));
        return username;
    }
}
