package dev.signet.client.bench;

import dev.signet.client.CachingTokenSource;
import dev.signet.core.oauth.TokenResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/** {@link CachingTokenSource#token()} while the token is FRESH: the lock-free path every API call takes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CacheHitBenchmark {
    private CachingTokenSource tokens;

    @Setup
    public void setUp() {
        TokenResponse token = new TokenResponse("00Dxx0000001gPL!benchmark", "api", "https://acme.my.salesforce.com",
                null, "Bearer", null, null);
        tokens = CachingTokenSource.builder(() -> token).build();
        tokens.token();
    }

    @Benchmark
    public TokenResponse cacheHit() {
        return tokens.token();
    }

    @Benchmark
    @Threads(2)
    public TokenResponse cacheHitTwoThreads() {
        return tokens.token();
    }
}
