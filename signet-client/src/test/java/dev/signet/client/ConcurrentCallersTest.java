package dev.signet.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.SignetServerExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hundreds of callers released at once against the real server: exactly one token request. */
class ConcurrentCallersTest {
    private static final int CALLERS = 300;
    @RegisterExtension
    static final SignetServerExtension server = SignetServerExtension.builder().build();

    private final CountingTransport transport = new CountingTransport();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(CALLERS, r -> {
        Thread t = new Thread(r, "caller-" + threads.size());
        threads.add(t);
        return t;
    });

    @AfterEach
    void shutdown() {
        pool.shutdownNow();
    }

    /** Runs {@code call} in {@link #CALLERS} threads released together; returns each result or exception. */
    private <T> List<Object> releaseAll(Supplier<T> call) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(CALLERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            futures.add(pool.submit((Callable<T>) () -> {
                ready.countDown();
                go.await();
                return call.get();
            }));
        }
        ready.await();
        go.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<T> f : futures) {
            try {
                outcomes.add(f.get());
            } catch (ExecutionException e) {
                outcomes.add(e.getCause());
            }
        }
        return outcomes;
    }

    /**
     * {@code source}, but it first waits until every other caller has joined the refresh in flight
     * (is parked in {@code CompletableFuture.join}), so that no caller can arrive after the refresh
     * ended, whatever the scheduling: a failed refresh is not cached, and a latecomer would
     * rightly start a new one.
     */
    private TokenSource onceAllJoined(TokenSource source) {
        return () -> {
            long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (threads.stream().filter(ConcurrentCallersTest::waitsInJoin).count() < CALLERS - 1
                    && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
                Thread.yield();
            }
            return source.token();
        };
    }

    private static boolean waitsInJoin(Thread thread) {
        return Arrays.stream(thread.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals("join")
                && frame.getClassName().equals(CompletableFuture.class.getName()));
    }

    @Test
    void tokenWhenManyCallersAndEmptyCacheThenOneRequestAndSameToken() throws Exception {
        JwtBearerClient client = SignetTestSupport.client(server, server.createUser()).transport(transport).build();
        CachingTokenSource tokens = CachingTokenSource.builder(onceAllJoined(client::requestToken)).build();

        List<Object> outcomes = releaseAll(tokens::token);

        assertThat(transport.tokenRequests()).isEqualTo(1);
        assertThat(outcomes).hasSize(CALLERS).allSatisfy(o -> assertThat(o).isInstanceOf(TokenResponse.class));
        assertThat(outcomes.stream().map(o -> ((TokenResponse) o).accessToken()).distinct()).hasSize(1);
    }

    @Test
    void tokenWhenManyCallersAndRefreshFailsThenOneRequestAndAllShareTheError() throws Exception {
        String outsider = SignetTestSupport.userWithOtherProfile(server);
        JwtBearerClient client = SignetTestSupport.client(server, outsider).transport(transport).build();
        CachingTokenSource tokens = CachingTokenSource.builder(onceAllJoined(client::requestToken)).build();

        List<Object> outcomes = releaseAll(tokens::token);

        assertThat(transport.tokenRequests()).isEqualTo(1);
        assertThat(outcomes).hasSize(CALLERS).allSatisfy(o -> assertThat(o).isInstanceOf(JwtBearerException.class));
        assertThat(outcomes.stream().distinct()).hasSize(1);
        assertThat(((JwtBearerException) outcomes.get(0)).error()).isEqualTo("invalid_app_access");
    }

    @Test
    void getWhenManyCallersAndSessionRevokedThenExactlyOneReMint() throws Exception {
        String username = server.createUser();
        JwtBearerClient client = SignetTestSupport.client(server, username).transport(transport).build();
        CachingTokenSource tokens = client.cachingTokenSource();
        SalesforceApi api = SalesforceApi.builder(tokens).transport(transport).build();
        String identity = tokens.token().id();
        api.get(identity);
        int before = transport.tokenRequests();
        server.server().admin().deactivate(username);
        server.server().admin().activate(username);

        List<Object> outcomes = releaseAll(() -> api.get(identity).status());

        assertThat(outcomes).hasSize(CALLERS).containsOnly(200);
        assertThat(transport.tokenRequests() - before).isEqualTo(1);
    }
}
