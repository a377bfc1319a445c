package dev.signet.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.bench.scenario.TokenEndpoint;
import dev.signet.core.keys.TestKeys;
import dev.signet.server.TestServer;
import dev.signet.server.model.ConnectedApp;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The driver against a real Signet server in this JVM. */
class LoadDriverTest {
    private static TestServer server;
    private static InetSocketAddress address;
    private static String host;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        URI uri = URI.create(server.baseUrl());
        address = new InetSocketAddress(uri.getHost(), uri.getPort());
        host = uri.getHost() + ":" + uri.getPort();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Exchange versions() {
        return new Exchange(HttpRequests.get(host, "/services/data", Map.of()), ResponseCheck.statusAndBody(200, "\"version\""));
    }

    @Test
    void runWhenEveryResponseIs400ThenRunReportedFailedNotFast() {
        ConnectedApp app = server.createApp();
        String user = server.createUser();
        String wrongAudience = server.assertion(app, user).audience("https://wrong.example.com").build()
                .sign(TestKeys.serverKey());
        TokenEndpoint endpoint = new TokenEndpoint(host, "/services/oauth2/token", "",
                ResponseCheck.statusAndBody(200, "\"access_token\""));

        RunResult result = LoadDriver.run(address, endpoint.replaying(wrongAudience),
                LoadOptions.closedLoop(4, Duration.ofMillis(500)));

        assertThat(result.failed()).isTrue();
        assertThat(result.succeeded()).isZero();
        assertThat(result.errors()).isPositive();
        assertThat(result.errorReasons().keySet()).allMatch(reason -> reason.startsWith("status 400"));
        assertThat(result.failureSummary()).contains("invalid_grant");
        assertThat(result.toString()).startsWith("FAILED");
    }

    @Test
    void runWhenEveryResponsePassesThenThroughputAndLatencies() {
        RunResult result = LoadDriver.run(address, Workload.repeating(versions()),
                LoadOptions.closedLoop(4, Duration.ofMillis(500)));

        assertThat(result.failed()).isFalse();
        assertThat(result.succeeded()).isPositive();
        assertThat(result.throughput()).isCloseTo(result.succeeded() / result.elapsedSeconds(),
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(result.percentileMillis(50)).isPositive().isLessThanOrEqualTo(result.percentileMillis(99));
    }

    @Test
    void runWhenOneBadResponseAmongGoodOnesThenFailed() {
        Exchange bad = new Exchange(HttpRequests.get(host, "/no/such/path", Map.of()), ResponseCheck.status(200));
        Workload mostlyGood = Workload.mixed(List.of(Workload.repeating(versions()), Workload.once(List.of(bad))),
                List.of(50, 1));

        RunResult result = LoadDriver.run(address, mostlyGood, LoadOptions.closedLoop(2, Duration.ofSeconds(5)));

        assertThat(result.exhausted()).isTrue();
        assertThat(result.errors()).isEqualTo(1);
        assertThat(result.succeeded()).isBetween(100L, 101L); // 50 good, the bad one, 50 good, then the pool is dry
        assertThat(result.failed()).isTrue();
        assertThat(result.failureSummary()).contains("status 404");
    }

    @Test
    void runWhenFixedRateThenAboutRateTimesDuration() {
        RunResult result = LoadDriver.run(address, Workload.repeating(versions()),
                LoadOptions.fixedRate(4, Duration.ofSeconds(1), 200));

        assertThat(result.failed()).isFalse();
        // 200 scheduled; a starved machine may leave a few unsent at the deadline, never more than scheduled
        assertThat(result.succeeded()).isBetween(120L, 201L);
    }

    @Test
    void runWhenStartedThenEveryConnectionIsOpenBeforeTheClockRuns() throws Exception {
        // A run too short for any request: the connections were opened all the same, outside the measured time.
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger accepted = new AtomicInteger();
            List<Socket> sockets = new CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        sockets.add(listener.accept());
                        accepted.incrementAndGet();
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.start();

            LoadDriver.run(new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort()),
                    Workload.repeating(versions()), LoadOptions.closedLoop(3, Duration.ofNanos(1)));

            long deadline = System.nanoTime() + 5_000_000_000L;
            while (accepted.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(accepted.get()).isEqualTo(3);
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    void runWhenServerNotListeningThenFailedWithIoReason() {
        InetSocketAddress closed = new InetSocketAddress("127.0.0.1", dev.signet.bench.target.SetupHttp.freePort());

        RunResult result = LoadDriver.run(closed, Workload.repeating(versions()),
                LoadOptions.closedLoop(1, Duration.ofMillis(100)));

        assertThat(result.failed()).isTrue();
        assertThat(result.errorReasons().keySet()).anyMatch(r -> r.startsWith("ConnectException"));
    }
}
