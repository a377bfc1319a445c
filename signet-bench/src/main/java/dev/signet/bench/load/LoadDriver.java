package dev.signet.bench.load;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Drives one target with a fixed number of keep-alive connections, one platform thread each, for
 * a bounded time, and merges what the workers saw into a {@link RunResult}.
 */
public final class LoadDriver {
    private LoadDriver() {}

    public static RunResult run(InetSocketAddress address, Workload workload, LoadOptions options) {
        // Connection set-up is not what a run measures: every connection is opened (or has failed,
        // and its first exchange retries and counts it) before the clock is set.
        List<HttpConnection> connections = new ArrayList<>();
        for (int i = 0; i < options.concurrency(); i++) {
            HttpConnection connection = new HttpConnection(address);
            connection.connectQuietly();
            connections.add(connection);
        }
        long start = System.nanoTime() + 20_000_000L; // let every thread start before the clock runs
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < options.concurrency(); i++) {
            Worker worker = new Worker(i, workload, options, connections.get(i), start);
            Thread thread = new Thread(() -> {
                waitForStart(start);
                worker.run();
            }, "load-" + i);
            thread.setDaemon(true);
            workers.add(worker);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        joinAll(threads);
        return merge(workers, start);
    }

    private static RunResult merge(List<Worker> workers, long start) {
        Histogram histogram = new Histogram(Worker.HIGHEST_MICROS, 3);
        Map<String, Long> reasons = new HashMap<>();
        long succeeded = 0;
        long errors = 0;
        long end = start;
        boolean exhausted = false;
        for (Worker w : workers) {
            histogram.add(w.histogram);
            w.reasons.forEach((k, v) -> reasons.merge(k, v, Long::sum));
            succeeded += w.succeeded;
            errors += w.errors;
            end = Math.max(end, w.finishedNanos);
            exhausted |= w.exhausted;
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return new RunResult(succeeded, errors, sorted, end - start, histogram, exhausted);
    }

    private static void waitForStart(long start) {
        for (long wait = start - System.nanoTime(); wait > 0; wait = start - System.nanoTime()) {
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
    }

    private static void joinAll(List<Thread> threads) {
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the load ran", e);
            }
        }
    }
}
