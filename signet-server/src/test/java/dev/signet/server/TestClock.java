package dev.signet.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The tests' clock, in UTC, that the test moves forward with {@link #advance}: the real time plus
 * an offset ({@link #realTime()}), a time standing still until moved ({@link #fixed}, {@link #now()}),
 * or a start that moves 1 ms on every reading ({@link #stepping}), so that records created one
 * after another get distinct, increasing times while "today" is known to the test.
 */
public final class TestClock extends Clock {
    private final Supplier<Instant> base;
    private final Duration step;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final AtomicLong readings = new AtomicLong();

    private TestClock(Supplier<Instant> base, Duration step) {
        this.base = base;
        this.step = step;
    }

    /** The real time plus an offset the test controls. */
    public static TestClock realTime() {
        return new TestClock(Instant::now, Duration.ZERO);
    }

    /** Stands still at {@code start} until the test moves it. */
    public static TestClock fixed(Instant start) {
        return new TestClock(() -> start, Duration.ZERO);
    }

    /** Stands still at the current time until the test moves it. */
    public static TestClock now() {
        return fixed(Instant.now());
    }

    /** Starts at {@code start} and moves 1 ms on every reading. */
    public static TestClock stepping(Instant start) {
        return new TestClock(() -> start, Duration.ofMillis(1));
    }

    public void advance(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    @Override
    public Instant instant() {
        Instant now = base.get().plus(offset.get());
        return step.isZero() ? now : now.plus(step.multipliedBy(readings.getAndIncrement()));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
