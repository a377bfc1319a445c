package dev.signet.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.SignetServerExtension;
import dev.signet.server.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cache states against the real server; the cache's clock is moved, the assertions use real time. */
class CachingTokenSourceTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    private final CountingTransport transport = new CountingTransport();
    private final TestClock clock = TestClock.now();
    private String username;
    private JwtBearerClient client;

    @BeforeEach
    void newUser() {
        username = server.createUser();
        client = SignetTestSupport.client(server, username).transport(transport).build();
    }

    private CachingTokenSource.Builder cache() {
        return CachingTokenSource.builder(client::requestToken).clock(clock);
    }

    @Test
    void tokenWhenFreshThenServedWithoutRequest() {
        CachingTokenSource tokens = cache().build();

        TokenResponse first = tokens.token();
        clock.advance(Duration.ofMinutes(11));
        TokenResponse second = tokens.token();

        assertThat(second).isSameAs(first);
        assertThat(tokens.state()).isEqualTo(CacheState.FRESH);
        assertThat(transport.tokenRequests()).isEqualTo(1);
    }

    @Test
    void stateWhenNoExpiresInThenSessionLifetimeAndMarginsApply() {
        CachingTokenSource tokens = cache().build();
        assertThat(tokens.state()).isEqualTo(CacheState.EXPIRED);

        tokens.token();
        clock.advance(Duration.ofMinutes(15).minus(CachingTokenSource.DEFAULT_REFRESH_MARGIN).minusSeconds(1));
        assertThat(tokens.state()).isEqualTo(CacheState.FRESH);
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.state()).isEqualTo(CacheState.STALE);
        clock.advance(Duration.ofSeconds(45));
        assertThat(tokens.state()).isEqualTo(CacheState.EXPIRED);
    }

    @Test
    void stateWhenSessionLifetimeShortThenMarginsCappedAndTokenStillReused() {
        CachingTokenSource tokens = cache().sessionLifetime(Duration.ofMinutes(1)).build();

        TokenResponse first = tokens.token();
        clock.advance(Duration.ofSeconds(29));
        assertThat(tokens.token()).isSameAs(first);
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.state()).isEqualTo(CacheState.STALE);
        clock.advance(Duration.ofSeconds(15));
        assertThat(tokens.state()).isEqualTo(CacheState.EXPIRED);
    }

    @Test
    void tokenWhenStaleThenOldTokenServedWhileOneBackgroundRefreshRuns() {
        List<Runnable> queued = new ArrayList<>();
        CachingTokenSource tokens = cache().refreshExecutor(queued::add).build();
        TokenResponse first = tokens.token();
        clock.advance(Duration.ofMinutes(12).minusSeconds(10));

        assertThat(tokens.token()).isSameAs(first);
        assertThat(tokens.token()).isSameAs(first);
        assertThat(queued).hasSize(1);
        queued.get(0).run();

        TokenResponse second = tokens.token();
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(tokens.state()).isEqualTo(CacheState.FRESH);
        assertThat(transport.tokenRequests()).isEqualTo(2);
    }

    @Test
    void tokenWhenStaleAndDirectExecutorThenCallerGetsNewToken() {
        CachingTokenSource tokens = cache().build();
        TokenResponse first = tokens.token();
        clock.advance(Duration.ofMinutes(12).minusSeconds(10));

        TokenResponse second = tokens.token();

        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(transport.tokenRequests()).isEqualTo(2);
    }

    @Test
    void tokenWhenExpiredThenWaitsForNewToken() {
        CachingTokenSource tokens = cache().build();
        TokenResponse first = tokens.token();
        clock.advance(Duration.ofMinutes(13));

        TokenResponse second = tokens.token();

        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(tokens.state()).isEqualTo(CacheState.FRESH);
        assertThat(transport.tokenRequests()).isEqualTo(2);
    }

    @Test
    void tokenWhenStaleRefreshFailsThenCachedTokenKeptAndNextTryWaits() {
        CachingTokenSource tokens = cache().retryPolicy(RetryPolicy.none()).build();
        TokenResponse first = tokens.token();
        clock.advance(Duration.ofMinutes(12).minusSeconds(10));
        server.server().admin().deactivate(username);

        assertThat(tokens.token()).isSameAs(first);
        assertThat(tokens.token()).isSameAs(first);
        assertThat(transport.tokenRequests()).isEqualTo(2);

        server.server().admin().activate(username);
        clock.advance(Duration.ofSeconds(CachingTokenSource.BACKGROUND_RETRY_SECONDS));
        assertThat(tokens.token().accessToken()).isNotEqualTo(first.accessToken());
        assertThat(transport.tokenRequests()).isEqualTo(3);
    }

    @Test
    void tokenWhenExpiredRefreshFailsThenErrorThrownAndNotCached() {
        CachingTokenSource tokens = cache().retryPolicy(RetryPolicy.none()).build();
        server.server().admin().deactivate(username);

        assertThatThrownBy(tokens::token).isInstanceOf(JwtBearerException.class)
                .extracting(e -> ((JwtBearerException) e).description()).isEqualTo("inactive user");
        server.server().admin().activate(username);

        assertThat(tokens.token()).isNotNull();
        assertThat(transport.tokenRequests()).isEqualTo(2);
    }

    @Test
    void invalidateWhenCachedTokenThenNextCallMintsOnce() {
        CachingTokenSource tokens = cache().build();
        TokenResponse first = tokens.token();

        tokens.invalidate(first);
        TokenResponse second = tokens.token();
        tokens.invalidate(first);
        TokenResponse third = tokens.token();

        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(third).isSameAs(second);
        assertThat(transport.tokenRequests()).isEqualTo(2);
    }

    @Test
    void buildWhenRefreshMarginShorterThanExpirationMarginThenRejected() {
        assertThatThrownBy(() -> cache().refreshMargin(Duration.ofMinutes(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refreshMargin");
    }

    @Test
    void toStringWhenTokenCachedThenNoToken() {
        CachingTokenSource tokens = cache().build();
        TokenResponse token = tokens.token();

        assertThat(tokens.toString()).startsWith("CachingTokenSource[state=FRESH").doesNotContain(token.accessToken());
    }
}
