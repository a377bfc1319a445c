package dev.signet.server.storage;

import dev.signet.server.model.AccessTokenInfo;
import dev.signet.server.model.LoginEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Group commit for issued tokens: the token records (hash and {@code jti} mark) of concurrent
 * requests are written by one thread, many to a transaction, and each request waits until its
 * record is committed. One writer means one commit for many tokens and no contention between
 * writers inside the database, which was the token endpoint's main cost. A batch that fails
 * (a replayed {@code jti}, say) is retried one record per transaction, so each request gets
 * exactly its own outcome.
 */
final class TokenCommitter implements AutoCloseable {
    private static final String INSERT_JTI = "insert into used_jti (app_id, jti, expires_at) values (?, ?, ?)";
    private static final String INSERT_TOKEN = "insert into access_token (token_hash, org_id, user_id, app_id, scopes, "
            + "issued_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)";
    private static final int MAX_BATCH = 256;
    private static final long WAIT_SECONDS = 30;

    /**
     * What one request asks to have stored: the token, its {@code jti} mark and its Login History
     * entry (null where the grant records none), all or nothing; {@code done} says whether the
     * {@code jti} was fresh.
     */
    private record Pending(String tokenHash, AccessTokenInfo info, String jti, Instant jtiExpiresAt, LoginEvent login,
            CompletableFuture<Boolean> done) {}

    private static final Pending STOP = new Pending(null, null, null, null, null, null);

    private final Jdbc jdbc;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile Thread thread;
    private volatile boolean closed;
    private final WriterStats stats =
            new WriterStats("token-committer", queue::size, () -> !closed && (thread == null || thread.isAlive()));

    TokenCommitter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the token record, marks the {@code jti} used and adds the Login History entry, committed
     * before it returns.
     *
     * @return false when the {@code jti} was already used (nothing was stored)
     */
    boolean commit(String tokenHash, AccessTokenInfo info, String jti, Instant jtiExpiresAt, LoginEvent login) {
        Pending pending = new Pending(tokenHash, info, jti, jtiExpiresAt, login, new CompletableFuture<>());
        if (closed) {
            writeOne(pending); // shutting down: no writer thread to hand it to
        } else {
            if (thread == null) {
                start();
            }
            queue.add(pending);
            if (closed) {
                drain(); // close() ran meanwhile and may have missed it
            }
        }
        try {
            return pending.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the token store did not answer within " + WAIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing a token", e);
        }
    }

    WriterStats stats() {
        return stats;
    }

    /** Writes what is queued and stops the writer thread. */
    @Override
    public void close() {
        closed = true;
        Thread running = thread;
        if (running != null) {
            // No interrupt: an interrupted thread inside H2's file I/O closes the database.
            queue.add(STOP);
            try {
                running.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        drain();
    }

    private synchronized void start() {
        if (thread == null && !closed) {
            Thread t = new Thread(this::run, "token-committer");
            t.setDaemon(true);
            thread = t;
            t.start();
        }
    }

    private void run() {
        while (!closed) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first != null && first != STOP) {
                    List<Pending> batch = new ArrayList<>();
                    batch.add(first);
                    queue.drainTo(batch, MAX_BATCH - 1);
                    if (batch.remove(STOP)) {
                        queue.add(STOP);
                    }
                    write(batch);
                }
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException | Error e) {
                // write() completes every request it takes; this keeps the thread alive regardless.
            }
        }
    }

    private void drain() {
        List<Pending> rest = new ArrayList<>();
        queue.drainTo(rest);
        rest.remove(STOP);
        rest.forEach(this::writeOne);
    }

    private void write(List<Pending> batch) {
        if (batch.size() == 1) {
            writeOne(batch.get(0));
            return;
        }
        try {
            jdbc.inTransaction(tx -> {
                List<Object[]> jtis = new ArrayList<>();
                List<Object[]> tokens = new ArrayList<>();
                List<Object[]> logins = new ArrayList<>();
                for (Pending p : batch) {
                    if (p.jti() != null) {
                        jtis.add(new Object[] {p.info().appId(), p.jti(), p.jtiExpiresAt()});
                    }
                    tokens.add(tokenRow(p));
                    if (p.login() != null) {
                        logins.add(LoginHistoryRepository.row(p.login()));
                    }
                }
                if (!jtis.isEmpty()) {
                    tx.batch(INSERT_JTI, jtis);
                }
                tx.batch(INSERT_TOKEN, tokens);
                if (!logins.isEmpty()) {
                    tx.batch(LoginHistoryRepository.INSERT, logins);
                }
                return null;
            });
        } catch (RuntimeException e) {
            batch.forEach(this::writeOne); // find out which record failed, and why
            return;
        }
        stats.written(batch.size());
        batch.forEach(p -> p.done().complete(true));
    }

    private void writeOne(Pending p) {
        try {
            jdbc.inTransaction(tx -> {
                if (p.jti() != null) {
                    tx.update(INSERT_JTI, p.info().appId(), p.jti(), p.jtiExpiresAt());
                }
                tx.update(INSERT_TOKEN, tokenRow(p));
                if (p.login() != null) {
                    tx.update(LoginHistoryRepository.INSERT, LoginHistoryRepository.row(p.login()));
                }
                return null;
            });
            stats.written(1);
            p.done().complete(true);
        } catch (StorageException e) {
            if (p.jti() != null && e.isUniqueViolation()) {
                p.done().complete(false);
            } else {
                p.done().completeExceptionally(e);
            }
        } catch (RuntimeException e) {
            p.done().completeExceptionally(e);
        }
    }

    private static Object[] tokenRow(Pending p) {
        AccessTokenInfo info = p.info();
        return new Object[] {p.tokenHash(), info.orgId(), info.userId(), info.appId(), String.join(" ", info.scopes()),
            info.issuedAt(), info.expiresAt()};
    }
}
