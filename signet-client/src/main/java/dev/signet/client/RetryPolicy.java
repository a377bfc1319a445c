package dev.signet.client;

import dev.signet.core.oauth.TokenResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before asking the token endpoint again. Only transient failures are
 * retried: HTTP 408, 429, 500 and 503, and requests that got no response at all (I/O errors,
 * status 0). Every other error, such as {@code invalid_grant}, fails at once: asking again cannot help.
 * Waits grow exponentially from {@link Builder#initialBackoff} up to {@link Builder#maxBackoff},
 * each randomized by ±{@link Builder#jitter} so that many clients do not retry in step. Immutable
 * and thread-safe.
 *
 * <p>Related specifications: RFC 9110 §15.5.9 (408), RFC 6585 §4 (429), RFC 9110 §15.6.1 and
 * §15.6.4 (500, 503); the retryable set is google-auth-library-java's.
 */
public final class RetryPolicy {
    /** The HTTP statuses that are retried. */
    public static final Set<Integer> RETRYABLE_STATUS_CODES = Set.of(408, 429, 500, 503);

    private static final System.Logger LOG = System.getLogger(RetryPolicy.class.getName());
    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double multiplier;
    private final double jitter;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.multiplier = b.multiplier;
        this.jitter = b.jitter;
        this.sleeper = b.sleeper;
        this.random = b.random;
    }

    /** Three attempts, waits of about 0.5 s and 1 s (±50 %). */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** A single attempt: no retry. */
    public static RetryPolicy none() {
        return NONE;
    }

    /** A builder starting from the {@linkplain #defaults() defaults}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether {@code e} is transient: no response, or HTTP 408, 429, 500 or 503. */
    public static boolean isRetryable(JwtBearerException e) {
        return e.httpStatus() == 0 || RETRYABLE_STATUS_CODES.contains(e.httpStatus());
    }

    /** How many requests at most, the first one included. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Gets a token from {@code source}, retrying transient failures.
     *
     * @throws JwtBearerException the first non-retryable error, or the last error when the
     *     attempts run out (or the thread is interrupted while waiting)
     */
    public TokenResponse call(TokenSource source) {
        for (int attempt = 1; ; attempt++) {
            try {
                return source.token();
            } catch (JwtBearerException e) {
                if (attempt >= maxAttempts || !isRetryable(e)) {
                    throw e;
                }
                Duration wait = backoff(attempt);
                LOG.log(System.Logger.Level.DEBUG, "token request failed ({0}); attempt {1} of {2} in {3} ms",
                        e.getMessage(), attempt + 1, maxAttempts, wait.toMillis());
                sleepOrThrow(wait, e);
            }
        }
    }

    /** The randomized wait after failed attempt number {@code attempt} (1-based). */
    Duration backoff(int attempt) {
        double base = Math.min(maxBackoff.toNanos(), initialBackoff.toNanos() * Math.pow(multiplier, attempt - 1));
        double factor = 1 - jitter + 2 * jitter * random.getAsDouble();
        return Duration.ofNanos((long) (base * factor));
    }

    private void sleepOrThrow(Duration wait, JwtBearerException cause) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff="
                + maxBackoff + ", multiplier=" + multiplier + ", jitter=" + jitter + "]";
    }

    /** Waits; the seam that lets tests retry without sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        /** Blocks for {@code duration}. */
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Builder for {@link RetryPolicy}; every setting has a default. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private double multiplier = 2.0;
        private double jitter = 0.5;
        private Sleeper sleeper = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {}

        /** Requests at most, the first one included; default 3. At least 1. */
        public Builder maxAttempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, got " + value);
            }
            this.maxAttempts = value;
            return this;
        }

        /** The wait before the second attempt, before jitter; default 500 ms. */
        public Builder initialBackoff(Duration value) {
            this.initialBackoff = positive(value, "initialBackoff");
            return this;
        }

        /** The longest wait, before jitter; default 8 s. */
        public Builder maxBackoff(Duration value) {
            this.maxBackoff = positive(value, "maxBackoff");
            return this;
        }

        /** How much each wait grows; default 2. At least 1. */
        public Builder multiplier(double value) {
            if (!(value >= 1)) {
                throw new IllegalArgumentException("multiplier must be at least 1, got " + value);
            }
            this.multiplier = value;
            return this;
        }

        /** Each wait is multiplied by a random factor in [1 - jitter, 1 + jitter]; default 0.5. */
        public Builder jitter(double value) {
            if (!(value >= 0 && value < 1)) {
                throw new IllegalArgumentException("jitter must be in [0, 1), got " + value);
            }
            this.jitter = value;
            return this;
        }

        /** How to wait; default {@link Thread#sleep(long, int)}. */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper must not be null");
            return this;
        }

        /** Source of the jitter, uniform in [0, 1); default {@link ThreadLocalRandom}. */
        public Builder random(DoubleSupplier value) {
            this.random = Objects.requireNonNull(value, "random must not be null");
            return this;
        }

        /** Builds the policy. */
        public RetryPolicy build() {
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is shorter than initialBackoff "
                        + initialBackoff);
            }
            return new RetryPolicy(this);
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name + " must not be null");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + value);
            }
            return value;
        }
    }
}
