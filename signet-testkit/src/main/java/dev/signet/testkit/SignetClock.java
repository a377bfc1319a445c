package dev.signet.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The embedded server's clock: the real time plus an offset the test moves, so a test reaches a
 * token's expiry without sleeping. {@link Signet#reset()} sets the offset back to zero.
 */
public final class SignetClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Moves the server's time forward (or back, with a negative duration). */
    public void advance(Duration by) {
        offset.updateAndGet(o -> o.plus(by));
    }

    /** How far the server's time is from the real time. */
    public Duration offset() {
        return offset.get();
    }

    /** Back to the real time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
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
