package dev.signet.server.data;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock fixed at a start instant that moves 1 ms on every reading: "today" is known to the test
 * and records created one after another get distinct, increasing CreatedDates.
 */
public final class SteppingClock extends Clock {
    private final Instant start;
    private final AtomicLong ticks = new AtomicLong();

    public SteppingClock(Instant start) {
        this.start = start;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return start.plusMillis(ticks.getAndIncrement());
    }
}
