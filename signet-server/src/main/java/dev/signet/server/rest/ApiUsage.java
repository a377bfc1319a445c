package dev.signet.server.rest;

import dev.signet.server.storage.ApiUsageRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts data API requests per UTC day for {@code limits} ({@code DailyApiRequests}) and the
 * {@code Sforce-Limit-Info: api-usage=N/15000} header, across every node sharing the database.
 * The count is hot (every data request), so each node adds its requests to the database at most
 * once per {@value #FLUSH_MILLIS} ms and shows the last total read plus its own since; a crash
 * loses at most that second of counting. Nothing is refused at the limit.
 */
public final class ApiUsage {
    static final int DAILY_MAX = 15_000;
    private static final long FLUSH_MILLIS = 1_000;

    private final ApiUsageRepository repository;
    private final Clock clock;
    private final ReentrantLock flushing = new ReentrantLock();
    private LocalDate day;
    private long pending;
    private long total;
    private long flushedAtMillis;

    public ApiUsage(ApiUsageRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Counts one request; returns today's count including it. */
    int record() {
        synchronized (this) {
            roll();
            pending++;
        }
        flushIfDue(false);
        return used();
    }

    synchronized int used() {
        roll();
        return (int) Math.min(Integer.MAX_VALUE, total + pending);
    }

    /** Adds what this node counted to the database: when due, or now. */
    void flushIfDue(boolean now) {
        if (!flushing.tryLock()) {
            return; // another request is adding this node's count already
        }
        try {
            LocalDate flushDay;
            long adding;
            synchronized (this) {
                long at = clock.millis();
                if (!now && at - flushedAtMillis < FLUSH_MILLIS) {
                    return;
                }
                flushedAtMillis = at;
                roll();
                flushDay = day;
                adding = pending;
            }
            long after = repository.add(flushDay, adding);
            synchronized (this) {
                if (flushDay.equals(day)) {
                    pending -= adding;
                    total = after;
                }
            }
        } finally {
            flushing.unlock();
        }
    }

    private void roll() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!today.equals(day)) {
            day = today;
            pending = 0;
            total = 0;
            flushedAtMillis = 0; // read the new day's total from the database at the next request
        }
    }
}
