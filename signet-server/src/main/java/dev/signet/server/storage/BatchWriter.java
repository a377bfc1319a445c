package dev.signet.server.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes items in batches from a background thread, so a request adds an item without waiting
 * for the database. {@link #flush()} writes everything added before it returns (readers call it
 * so they see their own writes); {@link #close()} flushes and stops the thread, so a graceful
 * shutdown loses nothing. When the queue is full the adding thread writes the backlog itself:
 * back-pressure, never a dropped item. The thread wakes every {@value #IDLE_WAIT_MILLIS} ms, so
 * under load a batch holds what arrived in that time.
 */
final class BatchWriter<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);
    private static final int CAPACITY = 8_192;
    private static final int MAX_BATCH = 512;
    private static final long IDLE_WAIT_MILLIS = 50;

    private final BlockingQueue<T> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Consumer<List<T>> sink;
    private final String name;
    private final Object writeLock = new Object();
    private volatile Thread thread;
    private volatile boolean closed;
    private final WriterStats stats;

    /** @param sink writes one batch; it should write what it can and throw only when nothing was written */
    BatchWriter(String name, Consumer<List<T>> sink) {
        this.name = name;
        this.sink = sink;
        this.stats = new WriterStats(name, queue::size, () -> !closed && (thread == null || thread.isAlive()));
    }

    WriterStats stats() {
        return stats;
    }

    void add(T item) {
        if (thread == null) {
            startIfNeeded();
        }
        while (!queue.offer(item)) {
            flush();
        }
        if (closed) {
            flush(); // a straggler after shutdown began is written at once
        }
    }

    /** Writes everything added so far, on the calling thread. */
    void flush() {
        synchronized (writeLock) {
            drainAndWrite();
        }
    }

    @Override
    public void close() {
        Thread running;
        synchronized (writeLock) {
            closed = true;
            running = thread;
            writeLock.notifyAll();
        }
        if (running != null) {
            try {
                running.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    private synchronized void startIfNeeded() {
        if (thread == null && !closed) {
            thread = new Thread(this::run, name);
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void run() {
        synchronized (writeLock) {
            while (!closed) {
                drainAndWrite();
                try {
                    writeLock.wait(IDLE_WAIT_MILLIS); // releases the lock: flushers and adders go on
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            drainAndWrite();
        }
    }

    // Called with writeLock held, so an item is never in flight outside the queue while a flush runs.
    private void drainAndWrite() {
        List<T> batch = new ArrayList<>(Math.min(queue.size(), MAX_BATCH));
        while (queue.drainTo(batch, MAX_BATCH) > 0) {
            try {
                sink.accept(batch);
                stats.written(batch.size());
            } catch (RuntimeException e) {
                LOG.error("{}: could not write {} entries", name, batch.size(), e);
            }
            batch.clear();
        }
    }
}
