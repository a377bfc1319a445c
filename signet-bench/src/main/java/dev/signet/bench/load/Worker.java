package dev.signet.bench.load;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/** One connection's loop: take an exchange, wait for its slot (fixed rate), send, check, record. */
final class Worker implements Runnable {
    static final long HIGHEST_MICROS = 120_000_000L;
    private static final int MAX_REASONS = 20;

    private final int index;
    private final Workload workload;
    private final LoadOptions options;
    private final HttpConnection connection;
    private final long startNanos;
    private final long deadlineNanos;
    final Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
    final Map<String, Long> reasons = new HashMap<>();
    long succeeded;
    long errors;
    long finishedNanos;
    boolean exhausted;

    Worker(int index, Workload workload, LoadOptions options, HttpConnection connection, long startNanos) {
        this.index = index;
        this.workload = workload;
        this.options = options;
        this.connection = connection;
        this.startNanos = startNanos;
        this.deadlineNanos = startNanos + options.duration().toNanos();
    }

    @Override
    public void run() {
        try {
            loop();
        } finally {
            connection.close();
            finishedNanos = System.nanoTime();
        }
    }

    private void loop() {
        for (long k = 0; ; k++) {
            long scheduled = options.isFixedRate() ? startNanos + options.scheduledStartNanos(index, k) : System.nanoTime();
            if (scheduled - deadlineNanos >= 0 || System.nanoTime() - deadlineNanos >= 0) {
                return;
            }
            Exchange exchange = workload.next();
            if (exchange == null) {
                exhausted = true;
                return;
            }
            waitUntil(scheduled);
            send(exchange, options.isFixedRate() ? scheduled : System.nanoTime());
        }
    }

    private void send(Exchange exchange, long latencyFrom) {
        String problem;
        try {
            problem = exchange.check().problem(connection.exchange(exchange.request()));
        } catch (IOException | RuntimeException e) {
            problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LockSupport.parkNanos(1_000_000); // a dead server must not turn the loop into a busy spin
        }
        long micros = Math.max(0, (System.nanoTime() - latencyFrom) / 1000);
        if (problem == null) {
            succeeded++;
            histogram.recordValue(Math.min(micros, HIGHEST_MICROS));
        } else {
            errors++;
            if (reasons.size() < MAX_REASONS || reasons.containsKey(problem)) {
                reasons.merge(problem, 1L, Long::sum);
            }
        }
    }

    private static void waitUntil(long nanos) {
        for (long wait = nanos - System.nanoTime(); wait > 0; wait = nanos - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }
}
