package dev.signet.server.storage;

import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.secrets.TokenId;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Issued access tokens and used assertion IDs. A token's record is keyed by the time-ordered
 * {@link TokenId} it carries and holds only the token's SHA-256; issuing one appends it, with its
 * {@code jti} mark and Login History entry, in a commit shared with the tokens other requests issue
 * at the same moment ({@link TokenCommitter}). Tokens made before ids (table
 * {@code access_token_v1}) are still found by hash until they expire.
 *
 * <p>The {@code jti} put-if-absent is the {@code used_jti} primary key on a shared database, and
 * {@link JtiMarks} in memory on an embedded one (written durably with the token; windows longer
 * than {@link #RESTORE_WINDOW} also in {@code used_jti}, so that the start-up scan stays short).
 */
public final class TokenRepository implements AutoCloseable {
    /** How far back the start-up scan of token rows reaches for {@code jti} marks. */
    static final Duration RESTORE_WINDOW = Duration.ofMinutes(15);
    private static final long WAIT_SECONDS = 30;
    private static final String COLUMNS = "org_id, user_id, app_id, scopes, issued_at, expires_at, revoked_at";

    private final Jdbc jdbc;
    private final TokenCommitter committer;
    private final JtiMarks marks;
    private final Clock clock;
    /** Tokens from before ids exist only in a database upgraded with some; none are ever added. */
    private final boolean legacyTokens;

    public TokenRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc.untracked(); // writes nothing the directory cache holds
        this.committer = new TokenCommitter(this.jdbc);
        this.marks = jdbc.jtiMarks();
        this.clock = clock;
        this.legacyTokens = this.jdbc.queryOne("select 1 from access_token_v1 limit 1", rs -> true).isPresent();
        if (marks != null) {
            marks.restore(sink -> JtiRestore.load(this.jdbc, clock.instant(), RESTORE_WINDOW, sink));
        }
    }

    /** Thrown by {@link #issue} when the assertion's {@code jti} was already used. */
    public static final class JtiReplayedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JtiReplayedException() {
            super("jti already used");
        }
    }

    /** A token on its way to the database: {@link #await()} returns once it is committed. */
    public final class Pending {
        private final NewToken token;
        private final CompletableFuture<Boolean> done;

        private Pending(NewToken token, CompletableFuture<Boolean> done) {
            this.token = token;
            this.done = done;
        }

        /**
         * Waits for the commit.
         *
         * @throws JtiReplayedException when the {@code jti} was already used (nothing was stored)
         */
        public void await() {
            boolean fresh;
            try {
                fresh = done.get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                unmark(token);
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (TimeoutException e) {
                throw new IllegalStateException("the token store did not answer within " + WAIT_SECONDS + " s", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while storing a token", e);
            }
            if (!fresh) {
                throw new JtiReplayedException();
            }
        }
    }

    /**
     * Starts storing the token, its Login History entry and, when {@code jti} is not null, its
     * mark, all in one commit: a token is never acknowledged without them. Of two concurrent
     * requests with one {@code jti}, exactly one commits. The caller may work on (sign a JWT, say)
     * before {@link Pending#await()}.
     *
     * @throws JtiReplayedException at once when an embedded database has seen the {@code jti}
     */
    public Pending submit(NewToken token) {
        boolean inMemory = marks != null && token.jti() != null;
        if (inMemory && !marks.tryMark(token.info().appId(), token.jti(), token.jtiExpiresAt(), clock.instant())) {
            throw new JtiReplayedException();
        }
        boolean jtiRow = token.jti() != null && (!inMemory || longWindow(token));
        return new Pending(token, committer.submit(token, jtiRow, inMemory));
    }

    /** {@link #submit} and {@link Pending#await()}. */
    public void issue(NewToken token) {
        submit(token).await();
    }

    /** The group-commit writer's queue, batches and liveness. */
    public WriterStats writerStats() {
        return committer.stats();
    }

    /** Stores what is still queued and stops the writer thread: call on shutdown. */
    @Override
    public void close() {
        committer.close();
    }

    /**
     * Marks a {@code jti} used by an app (client assertions): false when it was used before. Shares
     * the grant's single-use namespace, so an assertion serves once, whatever it was sent for.
     */
    public boolean markJtiUsed(String appId, String jti, Instant expiresAt) {
        if (marks != null && !marks.tryMark(appId, jti, expiresAt, clock.instant())) {
            return false;
        }
        try {
            jdbc.update(TokenRows.INSERT_JTI, appId, jti, expiresAt);
            return true;
        } catch (StorageException e) {
            if (marks != null) {
                marks.unmark(appId, jti);
            }
            if (e.isUniqueViolation()) {
                return false;
            }
            throw e;
        }
    }

    /** The stored record of a token, if the reference proves it (see {@link TokenRef}). */
    public Optional<AccessTokenInfo> find(TokenRef ref) {
        if (ref.id() != null) {
            Optional<AccessTokenInfo> found = jdbc.queryOne("select token_hash, " + COLUMNS
                    + " from access_token where id = ?", rs -> proves(ref, rs.getBytes("token_hash"))
                            ? Optional.of(info(rs)) : Optional.<AccessTokenInfo>empty(), (Object) ref.id().bytes())
                    .flatMap(proven -> proven);
            if (found.isPresent() || !legacyTokens) {
                return found;
            }
        }
        if (!legacyTokens || ref.digest() == null) {
            return Optional.empty();
        }
        return jdbc.queryOne("select " + COLUMNS + " from access_token_v1 where token_hash = ?", TokenRepository::info,
                ref.legacyHash());
    }

    /** Revokes one token; true if it existed and was not yet revoked. */
    public boolean revoke(TokenRef ref, Instant now) {
        return TokenRows.revoke(jdbc, ref, now, legacyTokens);
    }

    private static boolean proves(TokenRef ref, byte[] stored) {
        if (stored == null) {
            return ref.signed(); // a JWT access token: its signature is the proof
        }
        return ref.digest() != null && MessageDigest.isEqual(stored, ref.digest());
    }

    private static AccessTokenInfo info(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AccessTokenInfo(rs.getString("org_id"), rs.getString("user_id"), rs.getString("app_id"),
                AppRepository.splitScopes(rs.getString("scopes")), Jdbc.instant(rs, "issued_at"),
                Jdbc.instant(rs, "expires_at"), rs.getObject("revoked_at") != null);
    }

    private static boolean longWindow(NewToken token) {
        return token.jtiExpiresAt().isAfter(token.info().issuedAt().plus(RESTORE_WINDOW));
    }

    private void unmark(NewToken token) {
        if (marks != null && token.jti() != null) {
            marks.unmark(token.info().appId(), token.jti());
        }
    }
}
