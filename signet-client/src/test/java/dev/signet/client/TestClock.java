package dev.signet.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A time source standing still until the test moves it. */
final class TestClock implements InstantSource {
    private final AtomicReference<Instant> now;

    TestClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    static TestClock now() {
        return new TestClock(Instant.now());
    }

    void advance(Duration by) {
        now.updateAndGet(i -> i.plus(by));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /** This time source as a UTC {@link Clock}, for the builders that take one. */
    Clock utc() {
        return withZone(ZoneOffset.UTC);
    }
}
