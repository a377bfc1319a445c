package dev.signet.bench.jmh;

import dev.signet.core.oauth.TokenResponse;
import dev.signet.server.secrets.AccessTokens;
import dev.signet.server.secrets.TokenId;
import java.time.Instant;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Minting an opaque token with the server's own code: a time-ordered id and 32 random bytes
 * ({@link AccessTokens#newToken}), its SHA-256 for storage ({@link AccessTokens#digest}), and the
 * response JSON ({@link TokenResponse#toJson}).
 */
public class MintBenchmark extends BenchmarkDefaults {
    private static final String ORG15 = "00Dxx0000001gPL";
    private static final String BASE = "http://127.0.0.1:8080";

    @Benchmark
    public String randomToken() {
        return AccessTokens.newToken(ORG15, TokenId.next(Instant.now()));
    }

    @Benchmark
    public byte[] sha256() {
        return AccessTokens.digest(ORG15 + "!AbCdEfGhIjKlMnOpQrStUvWxYz0123456789._AbCdEfGh");
    }

    @Benchmark
    public String mintHashAndJson() {
        String token = AccessTokens.newToken(ORG15, TokenId.next(Instant.now()));
        byte[] hash = AccessTokens.digest(token);
        return new TokenResponse(token, "api id web", BASE, BASE + "/id/00Dxx0000001gPLEAY/005xx000001Sv6eAAC",
                "Bearer", System.currentTimeMillis(), null).toJson() + hash.length;
    }
}
