package dev.signet.client;

import dev.signet.core.oauth.TokenResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link TokenSource} that reuses a token until shortly before it expires, then gets one new
 * token however many threads ask at once.
 *
 * <ul>
 *   <li>{@link CacheState#FRESH FRESH}: {@link #token()} returns the cached token without locking.
 *   <li>{@link CacheState#STALE STALE} (within the refresh margin of the end): the cached token is
 *       still returned, and one caller starts a refresh on the {@linkplain
 *       Builder#refreshExecutor refresh executor}. If that refresh fails, callers keep the still
 *       valid token and the next attempt waits {@value #BACKGROUND_RETRY_SECONDS} s.
 *   <li>{@link CacheState#EXPIRED EXPIRED} (within the expiration margin, or nothing cached):
 *       callers block on one shared refresh and all get its token or its exception.
 * </ul>
 *
 * <p>A token lasts {@code expires_in} seconds when the server sends it, and otherwise the
 * {@linkplain Builder#sessionLifetime session lifetime}: Salesforce sends no {@code expires_in};
 * its access token lives as long as the session timeout of the connected app or profile (2 hours
 * unless configured). Margins are capped at a quarter (expiration) and half (refresh) of the
 * lifetime, so short-lived tokens are still reused. Each refresh goes through the {@link
 * RetryPolicy}. {@link #invalidate(TokenResponse)} drops a token a resource server rejected.
 *
 * <p>Thread-safe. {@link #toString()} never shows the token.
 *
 * <p>Related specifications: RFC 7523 §2.1 (no refresh token: refreshing means minting a new
 * assertion); RFC 6749 §5.1; Salesforce "OAuth 2.0 JWT Bearer Flow".
 */
public final class CachingTokenSource implements TokenSource {
    /** Assumed token lifetime without {@code expires_in}: the shortest Salesforce session timeout. */
    public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofMinutes(15);
    /** Default time before the end at which the token turns STALE. */
    public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofSeconds(225);
    /** Default time before the end at which the token turns EXPIRED. */
    public static final Duration DEFAULT_EXPIRATION_MARGIN = Duration.ofMinutes(3);
    /** Seconds to wait after a failed background refresh before trying again. */
    public static final int BACKGROUND_RETRY_SECONDS = 5;

    private static final System.Logger LOG = System.getLogger(CachingTokenSource.class.getName());

    private final TokenSource delegate;
    private final Clock clock;
    private final Duration sessionLifetime;
    private final Duration refreshMargin;
    private final Duration expirationMargin;
    private final RetryPolicy retryPolicy;
    private final Executor refreshExecutor;
    private final AtomicReference<Entry> current = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<Entry>> inFlight = new AtomicReference<>();
    private volatile Instant backgroundRetryNotBefore = Instant.MIN;

    private CachingTokenSource(Builder b) {
        this.delegate = b.delegate;
        this.clock = b.clock;
        this.sessionLifetime = b.sessionLifetime;
        this.refreshMargin = b.refreshMargin;
        this.expirationMargin = b.expirationMargin;
        this.retryPolicy = b.retryPolicy;
        this.refreshExecutor = b.refreshExecutor;
    }

    /**
     * A builder caching the tokens of {@code delegate}, e.g. {@code client::requestToken}; see
     * also {@link JwtBearerClient#cachingTokenSource()}.
     */
    public static Builder builder(TokenSource delegate) {
        return new Builder(delegate);
    }

    /**
     * The cached token while FRESH or STALE; otherwise a new one, shared with every concurrent
     * caller.
     *
     * @throws JwtBearerException when a needed refresh fails (after the retries of the policy)
     */
    @Override
    public TokenResponse token() {
        Entry entry = current.get();
        if (entry != null) {
            Instant now = clock.instant();
            CacheState state = entry.state(now);
            if (state == CacheState.FRESH) {
                return entry.token();
            }
            if (state == CacheState.STALE) {
                refreshInBackground(entry, now);
                Entry latest = current.get();
                return latest != null && latest.state(now) != CacheState.EXPIRED ? latest.token() : entry.token();
            }
        }
        return await(refreshNow(entry));
    }

    /** Drops the cached token if it is {@code rejected}; the next {@link #token()} gets a new one. */
    @Override
    public void invalidate(TokenResponse rejected) {
        Objects.requireNonNull(rejected, "rejected must not be null");
        Entry entry = current.get();
        if (entry != null && entry.token().accessToken().equals(rejected.accessToken())
                && current.compareAndSet(entry, null)) {
            LOG.log(System.Logger.Level.DEBUG, "cached token rejected by the resource server; dropped");
        }
    }

    /** The state of the cached token now ({@link CacheState#EXPIRED} when there is none). */
    public CacheState state() {
        Entry entry = current.get();
        return entry == null ? CacheState.EXPIRED : entry.state(clock.instant());
    }

    /** The refresh in flight, joined; or a new one, run in this thread. */
    private CompletableFuture<Entry> refreshNow(Entry observed) {
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> running = inFlight.compareAndExchange(null, mine);
        if (running != null) {
            return running;
        }
        refresh(mine, observed, false);
        return mine;
    }

    private void refreshInBackground(Entry observed, Instant now) {
        if (now.isBefore(backgroundRetryNotBefore)) {
            return;
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        if (!inFlight.compareAndSet(null, mine)) {
            return;
        }
        try {
            refreshExecutor.execute(() -> refresh(mine, observed, true));
        } catch (RejectedExecutionException e) {
            inFlight.compareAndSet(mine, null);
            mine.completeExceptionally(e);
        }
    }

    /**
     * Completes {@code mine}: with the current entry if another refresh replaced {@code observed}
     * in the meantime, else with a new token. Clears {@code inFlight} before completing, so a
     * caller that sees no refresh in flight also sees its result in {@code current}.
     */
    private void refresh(CompletableFuture<Entry> mine, Entry observed, boolean background) {
        try {
            Instant start = clock.instant();
            Entry replaced = replacement(observed, start, background);
            Entry next = replaced != null ? replaced : entry(retryPolicy.call(delegate), start);
            current.set(next);
            inFlight.compareAndSet(mine, null);
            mine.complete(next);
        } catch (RuntimeException | Error e) {
            if (background) {
                backgroundRetryNotBefore = clock.instant().plusSeconds(BACKGROUND_RETRY_SECONDS);
                LOG.log(System.Logger.Level.WARNING, "background token refresh failed; the cached token is still"
                        + " used: " + e.getMessage());
            }
            inFlight.compareAndSet(mine, null);
            mine.completeExceptionally(e);
        }
    }

    /** The entry another refresh put in place of {@code observed}, if it is good enough to skip ours. */
    private Entry replacement(Entry observed, Instant now, boolean background) {
        Entry latest = current.get();
        if (latest == null || latest == observed) {
            return null;
        }
        CacheState state = latest.state(now);
        return state == CacheState.FRESH || (!background && state == CacheState.STALE) ? latest : null;
    }

    private Entry entry(TokenResponse token, Instant issuedAt) {
        Duration lifetime = token.expiresIn() != null ? Duration.ofSeconds(Math.max(0, token.expiresIn()))
                : sessionLifetime;
        Instant expiresAt = issuedAt.plus(lifetime);
        Duration expiration = min(expirationMargin, lifetime.dividedBy(4));
        Duration refresh = max(min(refreshMargin, lifetime.dividedBy(2)), expiration);
        return new Entry(token, expiresAt.minus(refresh), expiresAt.minus(expiration));
    }

    private static TokenResponse await(CompletableFuture<Entry> refresh) {
        try {
            return refresh.join().token();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Shows the state and settings, never the token. */
    @Override
    public String toString() {
        return "CachingTokenSource[state=" + state() + ", sessionLifetime=" + sessionLifetime + ", refreshMargin="
                + refreshMargin + ", expirationMargin=" + expirationMargin + ", " + retryPolicy + "]";
    }

    private record Entry(TokenResponse token, Instant staleAt, Instant expiredAt) {
        CacheState state(Instant now) {
            if (now.isBefore(staleAt)) {
                return CacheState.FRESH;
            }
            return now.isBefore(expiredAt) ? CacheState.STALE : CacheState.EXPIRED;
        }
    }

    /** Builder for {@link CachingTokenSource}; every setting but the delegate has a default. */
    public static final class Builder {
        private final TokenSource delegate;
        private Clock clock = Clock.systemUTC();
        private Duration sessionLifetime = DEFAULT_SESSION_LIFETIME;
        private Duration refreshMargin = DEFAULT_REFRESH_MARGIN;
        private Duration expirationMargin = DEFAULT_EXPIRATION_MARGIN;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Executor refreshExecutor = Runnable::run;

        private Builder(TokenSource delegate) {
            this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
        }

        /** The clock that ages tokens; default {@link Clock#systemUTC()}. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock must not be null");
            return this;
        }

        /**
         * How long a token without {@code expires_in} lives; default 15 minutes, the shortest
         * Salesforce session timeout. Set it to the connected app's (or profile's, or org's)
         * session timeout to mint less often; a token that dies earlier is caught by {@link
         * #invalidate(TokenResponse)} on the resource server's 401.
         */
        public Builder sessionLifetime(Duration value) {
            this.sessionLifetime = positive(value, "sessionLifetime");
            return this;
        }

        /** How long before the end the token turns STALE; default 3 min 45 s. */
        public Builder refreshMargin(Duration value) {
            this.refreshMargin = notNegative(value, "refreshMargin");
            return this;
        }

        /** How long before the end the token turns EXPIRED; default 3 min. */
        public Builder expirationMargin(Duration value) {
            this.expirationMargin = notNegative(value, "expirationMargin");
            return this;
        }

        /** Retries of each refresh; default {@link RetryPolicy#defaults()}. */
        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy must not be null");
            return this;
        }

        /**
         * Runs STALE refreshes. The default runs it in the calling thread: that one caller waits
         * for the new token while the others keep getting the stale one. Pass an executor to
         * refresh off the callers' threads.
         */
        public Builder refreshExecutor(Executor value) {
            this.refreshExecutor = Objects.requireNonNull(value, "refreshExecutor must not be null");
            return this;
        }

        /** Builds the source. */
        public CachingTokenSource build() {
            if (refreshMargin.compareTo(expirationMargin) < 0) {
                throw new IllegalArgumentException("refreshMargin " + refreshMargin
                        + " must not be shorter than expirationMargin " + expirationMargin);
            }
            return new CachingTokenSource(this);
        }

        private static Duration positive(Duration value, String name) {
            notNegative(value, name);
            if (value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }

        private static Duration notNegative(Duration value, String name) {
            Objects.requireNonNull(value, name + " must not be null");
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, got " + value);
            }
            return value;
        }
    }
}
