package dev.signet.bench.target;

import dev.signet.bench.mint.AssertionClaims;
import dev.signet.bench.mint.AssertionMinter;
import java.util.List;

/**
 * Pre-minting with a cap: a pool holds what a run is expected to send (times the share of token
 * requests, plus headroom), never more than {@code maxAssertions}. A run that drains its pool
 * ends early and says so in the report.
 */
public record MintBudget(AssertionMinter minter, int maxAssertions, int threads) {
    public static final double HEADROOM = 1.35;

    public int poolSize(long expectedRequests, double tokenShare) {
        long wanted = (long) Math.ceil(expectedRequests * tokenShare * HEADROOM) + 200;
        return (int) Math.max(1, Math.min(maxAssertions, wanted));
    }

    public List<String> mint(AssertionClaims claims, long expectedRequests, double tokenShare) {
        return minter.mintUnique(claims, poolSize(expectedRequests, tokenShare), threads);
    }
}
