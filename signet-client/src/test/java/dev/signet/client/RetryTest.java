package dev.signet.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.server.SignetServerExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retries through a flaky gateway in front of the real server; waits are recorded, not slept. */
class RetryTest {
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();
    private static FaultInjectingProxy gateway;

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final RetryPolicy policy = RetryPolicy.builder().sleeper(waits::add).random(() -> 0.5).build();

    @BeforeAll
    static void start() {
        gateway = FaultInjectingProxy.in(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @AfterEach
    void resetGateway() {
        gateway.reset();
    }

    private JwtBearerClient.Builder viaGateway(String user) {
        return SignetTestSupport.client(server, user).loginUrl(gateway.url()).audience(server.baseUrl());
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {408, 429, 500, 503})
    void callWhenRetryableStatusThenRetriedUntilSuccess(int status) {
        gateway.fail(status, status);

        assertThat(policy.call(viaGateway(server.user()).build()::requestToken).accessToken()).isNotBlank();
        assertThat(gateway.requests()).isEqualTo(3);
        assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void callWhenNoResponseThenRetried() {
        gateway.fail(FaultInjectingProxy.DROP);

        assertThat(policy.call(viaGateway(server.user()).build()::requestToken).accessToken()).isNotBlank();
        assertThat(gateway.requests()).isEqualTo(2);
        assertThat(waits).hasSize(1);
    }

    @Test
    void callWhenRetryableStatusPersistsThenLastErrorAfterMaxAttempts() {
        gateway.fail(503, 503, 503, 503);

        assertThatThrownBy(() -> policy.call(viaGateway(server.user()).build()::requestToken))
                .isInstanceOf(JwtBearerException.class)
                .extracting(e -> ((JwtBearerException) e).error()).isEqualTo("ERROR_HTTP_503");
        assertThat(gateway.requests()).isEqualTo(3);
        assertThat(waits).hasSize(2);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {401, 403, 404, 502, 504})
    void callWhenOtherStatusThenNotRetried(int status) {
        gateway.fail(status);

        assertThatThrownBy(() -> policy.call(viaGateway(server.user()).build()::requestToken))
                .isInstanceOf(JwtBearerException.class)
                .extracting(e -> ((JwtBearerException) e).error()).isEqualTo("ERROR_HTTP_" + status);
        assertThat(gateway.requests()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void callWhenOAuthErrorFromRealServerThenNotRetried() {
        String outsider = SignetTestSupport.userWithOtherProfile(server);

        assertThatThrownBy(() -> policy.call(viaGateway(outsider).build()::requestToken))
                .isInstanceOf(JwtBearerException.class)
                .extracting(e -> ((JwtBearerException) e).error()).isEqualTo("invalid_app_access");
        assertThat(gateway.requests()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void tokenWhenCachingSourceAndTransientFailureThenRefreshRetries() {
        gateway.fail(503);
        CachingTokenSource tokens = CachingTokenSource.builder(viaGateway(server.user()).build()::requestToken)
                .retryPolicy(policy).build();

        assertThat(tokens.token().accessToken()).isNotBlank();
        assertThat(gateway.requests()).isEqualTo(2);
    }

    @Test
    void backoffWhenJitterExtremesThenWithinBoundsAndCapped() {
        RetryPolicy low = RetryPolicy.builder().random(() -> 0.0).maxBackoff(Duration.ofSeconds(2)).build();
        RetryPolicy high = RetryPolicy.builder().random(() -> 0.999_999).maxBackoff(Duration.ofSeconds(2)).build();

        assertThat(low.backoff(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(high.backoff(1)).isBetween(Duration.ofMillis(749), Duration.ofMillis(750));
        assertThat(low.backoff(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(high.backoff(5)).isBetween(Duration.ofMillis(2999), Duration.ofSeconds(3));
    }

    @Test
    void callWhenInterruptedWhileWaitingThenStopsWithLastError() {
        gateway.fail(503, 503);
        RetryPolicy interrupted = RetryPolicy.builder().sleeper(d -> {
            throw new InterruptedException();
        }).build();

        assertThatThrownBy(() -> interrupted.call(viaGateway(server.user()).build()::requestToken))
                .isInstanceOf(JwtBearerException.class);
        assertThat(Thread.interrupted()).isTrue();
        assertThat(gateway.requests()).isEqualTo(1);
    }

    @Test
    void builderWhenInvalidValuesThenRejected() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(10)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }
}
