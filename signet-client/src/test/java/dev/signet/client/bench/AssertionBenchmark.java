package dev.signet.client.bench;

import dev.signet.client.JwtBearerClient;
import dev.signet.client.LoginUrls;
import dev.signet.core.keys.TestKeys;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Minting one assertion: claims, {@code jti}, RS256 signature with the 2048-bit openssl test key, serialization. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AssertionBenchmark {
    private JwtBearerClient client;

    @Setup
    public void setUp() {
        client = JwtBearerClient.builder()
                .loginUrl(LoginUrls.PRODUCTION)
                .clientId("3MVG9benchmarkConsumerKey")
                .username("integration@acme.example")
                .privateKey(TestKeys.serverKey())
                .build();
    }

    @Benchmark
    public String mintAssertion() {
        return client.createAssertion();
    }
}
