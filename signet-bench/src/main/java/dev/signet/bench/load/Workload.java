package dev.signet.bench.load;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** What a run sends. Called concurrently by all workers. */
@FunctionalInterface
public interface Workload {
    /** The next exchange, or null when there is none left (a pool of unique assertions ran out). */
    Exchange next();

    /** The same exchange every time (e.g. a GET with a cached token). */
    static Workload repeating(Exchange exchange) {
        return () -> exchange;
    }

    /** Each exchange once, in order, then null. */
    static Workload once(List<Exchange> exchanges) {
        List<Exchange> copy = List.copyOf(exchanges);
        AtomicInteger next = new AtomicInteger();
        return () -> {
            int i = next.getAndIncrement();
            return i < copy.size() ? copy.get(i) : null;
        };
    }

    /**
     * Interleaves workloads by integer weights in a fixed cycle (weights 1,3 send a, b, b, b, a, …);
     * ends, for every worker, as soon as any of them ends (so a drained assertion pool ends the run).
     */
    static Workload mixed(List<Workload> workloads, List<Integer> weights) {
        if (workloads.isEmpty() || workloads.size() != weights.size()) {
            throw new IllegalArgumentException("one weight per workload, at least one workload");
        }
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        Workload[] cycle = new Workload[total];
        int slot = 0;
        for (int w = 0; w < workloads.size(); w++) {
            for (int k = 0; k < weights.get(w); k++) {
                cycle[slot++] = workloads.get(w);
            }
        }
        AtomicInteger position = new AtomicInteger();
        AtomicBoolean ended = new AtomicBoolean();
        return () -> {
            Exchange next = ended.get() ? null : cycle[Math.floorMod(position.getAndIncrement(), total)].next();
            if (next == null) {
                ended.set(true);
            }
            return next;
        };
    }
}
