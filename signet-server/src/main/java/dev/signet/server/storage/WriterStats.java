package dev.signet.server.storage;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * What a writer thread reports to health checks and metrics: whether it can still write, how many
 * items wait, and how many batches and items it has committed (their ratio is the batch size).
 */
public final class WriterStats {
    private final String name;
    private final LongAdder batches = new LongAdder();
    private final LongAdder items = new LongAdder();
    private final IntSupplier depth;
    private final BooleanSupplier alive;

    WriterStats(String name, IntSupplier depth, BooleanSupplier alive) {
        this.name = name;
        this.depth = depth;
        this.alive = alive;
    }

    /** The writer thread's name, e.g. {@code token-committer}. */
    public String name() {
        return name;
    }

    /** Items queued and not yet written. */
    public int queueDepth() {
        return depth.getAsInt();
    }

    /** False once the writer's thread has died or the writer is closed. */
    public boolean alive() {
        return alive.getAsBoolean();
    }

    public long batches() {
        return batches.sum();
    }

    public long items() {
        return items.sum();
    }

    void written(int batchSize) {
        batches.increment();
        items.add(batchSize);
    }
}
