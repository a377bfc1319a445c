package dev.signet.server.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Counts data API requests per UTC day, in memory, for {@code limits} ({@code DailyApiRequests})
 * and the {@code Sforce-Limit-Info: api-usage=N/15000} header. Nothing is refused at the limit.
 */
public final class ApiUsage {
    static final int DAILY_MAX = 15_000;
    private final Clock clock;
    private LocalDate day;
    private int used;

    public ApiUsage(Clock clock) {
        this.clock = clock;
    }

    /** Counts one request; returns today's count including it. */
    synchronized int record() {
        roll();
        return ++used;
    }

    synchronized int used() {
        roll();
        return used;
    }

    private void roll() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!today.equals(day)) {
            day = today;
            used = 0;
        }
    }
}
