package dev.signet.bench.target;

import dev.signet.bench.mint.AssertionClaims;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Unique assertions for one app, shared by the runs that use that app: what one run leaves
 * unused, the next one sends first, so that only the shortfall is minted before each run.
 * Each assertion is handed out once.
 */
final class AssertionPool {
    private final MintBudget budget;
    private final AssertionClaims claims;
    private final AtomicInteger next = new AtomicInteger();
    private volatile List<String> assertions = List.of();

    AssertionPool(MintBudget budget, AssertionClaims claims) {
        this.budget = budget;
        this.claims = claims;
    }

    /** Before a run: makes sure about {@code expectedRequests × tokenShare} (plus headroom) are unused. */
    void prepare(long expectedRequests, double tokenShare) {
        int wanted = budget.poolSize(expectedRequests, tokenShare);
        int unused = Math.max(0, assertions.size() - next.get());
        if (unused < wanted) {
            List<String> grown = new ArrayList<>(assertions.subList(Math.min(next.get(), assertions.size()),
                    assertions.size()));
            grown.addAll(budget.minter().mintUnique(claims, wanted - unused, budget.threads()));
            next.set(0);
            assertions = List.copyOf(grown);
        }
    }

    /** The next unused assertion, or null when the pool is dry. */
    String take() {
        List<String> current = assertions;
        int i = next.getAndIncrement();
        return i < current.size() ? current.get(i) : null;
    }
}
