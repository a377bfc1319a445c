package dev.signet.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchWriterTest {
    private final List<Integer> written = Collections.synchronizedList(new ArrayList<>());

    @Test
    void flushWhenItemsAddedThenAllWrittenBeforeItReturns() {
        try (BatchWriter<Integer> writer = new BatchWriter<>("test-writer", written::addAll)) {
            for (int i = 0; i < 100; i++) {
                writer.add(i);
            }
            writer.flush();
            assertThat(written).hasSize(100).doesNotHaveDuplicates();
        }
    }

    @Test
    void closeWhenItemsPendingThenWritesThemAndLaterAddsAreWrittenAtOnce() {
        BatchWriter<Integer> writer = new BatchWriter<>("test-writer", written::addAll);
        for (int i = 0; i < 10_000; i++) { // more than the queue holds: the adder writes the backlog itself
            writer.add(i);
        }
        writer.close();
        assertThat(written).hasSize(10_000).doesNotHaveDuplicates();
        writer.add(-1);
        assertThat(written).contains(-1);
    }

    @Test
    void addWhenManyThreadsAddAndFlushThenEveryItemIsWrittenExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (BatchWriter<Integer> writer = new BatchWriter<>("test-writer", written::addAll)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int base = t * 5_000;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        writer.add(base + i);
                        if (i % 1_000 == 0) {
                            writer.flush(); // a reader between requests
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            writer.flush();
            assertThat(written).hasSize(40_000).doesNotHaveDuplicates();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void addWhenSinkFailsOnceThenLaterBatchesAreStillWritten() {
        AtomicInteger calls = new AtomicInteger();
        try (BatchWriter<Integer> writer = new BatchWriter<>("test-writer", batch -> {
            if (calls.incrementAndGet() == 1) {
                throw new StorageException("database unavailable", null);
            }
            written.addAll(batch);
        })) {
            writer.add(1);
            writer.flush();
            writer.add(2);
            writer.flush();
            assertThat(written).containsExactly(2);
        }
    }
}
